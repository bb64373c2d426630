import { jsonShapeExceeds } from '@persona-lab/text';
import { assertNotEmpty, mergeContiguousTurns, requireSegments } from './shared';
import { ParsedSegment, TranscriptParseError } from './types';

/** The deepest nesting a transcript's JSON needs is 3 (object, segments, item); words arrays add one or two. */
const MAX_JSON_DEPTH = 32;

/** Most items one JSON transcript may have (the same bound as MAX_TRANSCRIPT_LINES in ./index). */
const MAX_JSON_ITEMS = 50_000;

const SHAPE_HINT =
  'Expected an array of {"speaker", "start", "end", "text"} items (times in seconds), ' +
  'or a Whisper-style object with a "segments" array.';

/**
 * Parses a JSON transcript into segments.
 *
 * Accepts either an array of `{speaker, start, end, text}` items or a
 * Whisper-style `{segments: [{start, end, text, speaker?}]}` object. Times are
 * in seconds (numbers) and are converted to whole milliseconds; they may be
 * missing or null, but must not be anything else. `speaker` may be a string,
 * a number (diarisation ids) or absent. Items whose text is only whitespace
 * are skipped, and adjacent items of the same speaker that touch exactly are
 * merged into one turn.
 *
 * @throws TranscriptParseError with the line for a JSON syntax error, and
 *   naming the item index for a missing text, non-numeric or negative time, or
 *   an end before the start.
 */
export function parseJson(content: string): ParsedSegment[] {
  assertNotEmpty(content);
  const source = content.replace(/^\uFEFF/, '');
  // Parsing text nested millions deep holds the event loop for seconds: refused unparsed.
  if (jsonShapeExceeds(source, { maxDepth: MAX_JSON_DEPTH }))
    throw new TranscriptParseError(
      `The JSON nests more than ${MAX_JSON_DEPTH} levels deep. ${SHAPE_HINT}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw syntaxError(source, err instanceof Error ? err.message : String(err));
  }

  let items: unknown[];
  let path: string;
  if (Array.isArray(data)) {
    items = data;
    path = 'item';
  } else if (isRecord(data) && Array.isArray(data.segments)) {
    items = data.segments;
    path = 'segments';
  } else {
    throw new TranscriptParseError(`The JSON has the wrong shape. ${SHAPE_HINT}`);
  }

  if (items.length > MAX_JSON_ITEMS) {
    throw new TranscriptParseError(
      `The JSON has ${items.length.toLocaleString('en')} items, more than the ${MAX_JSON_ITEMS.toLocaleString('en')} one transcript may have; split it into several files.`,
    );
  }
  const segments: ParsedSegment[] = [];
  items.forEach((item, index) => {
    const segment = readItem(item, `${path === 'item' ? 'Item' : 'Segment'} ${index}`);
    if (segment) segments.push(segment);
  });
  return requireSegments(
    mergeContiguousTurns(segments),
    items.length === 0
      ? `The JSON list is empty. ${SHAPE_HINT}`
      : 'Every item has an empty "text"; check that the transcript was exported with its words.',
  );
}

/** Reads one item; `where` names it for the user, e.g. "Item 3" (0-based, as in the file's array). */
function readItem(item: unknown, where: string): ParsedSegment | null {
  if (!isRecord(item)) {
    throw new TranscriptParseError(`${where} is not an object. ${SHAPE_HINT}`);
  }
  if (typeof item.text !== 'string') {
    const problem = item.text === undefined ? 'has no "text"' : '"text" is not a string';
    throw new TranscriptParseError(
      `${where} ${problem}; every item needs the words that were said.`,
    );
  }
  const startMs = readSeconds(item.start, where, 'start');
  const endMs = readSeconds(item.end, where, 'end');
  if (startMs !== null && endMs !== null && endMs < startMs) {
    throw new TranscriptParseError(
      `${where}: its end (${item.end} s) comes before its start (${item.start} s).`,
    );
  }
  const text = item.text.trim();
  if (text === '') return null; // like a cue without text: nothing was said
  return { speaker: readSpeaker(item.speaker, where), startMs, endMs, text };
}

function readSeconds(value: unknown, where: string, field: 'start' | 'end'): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TranscriptParseError(
      `${where}: "${field}" must be a number of seconds (like 12.5), but it is ${JSON.stringify(value)}.`,
    );
  }
  if (value < 0) {
    throw new TranscriptParseError(
      `${where}: "${field}" is negative (${value}); times start at 0.`,
    );
  }
  return Math.round(value * 1000);
}

function readSpeaker(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  // Diarisation tools emit numeric ids (0, 1); keep them as labels.
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    throw new TranscriptParseError(
      `${where}: "speaker" must be text, but it is ${JSON.stringify(value)}.`,
    );
  }
  return value.trim() || null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns JSON.parse's message into one that names the line. V8 reports
 * "at position P" (preferred: it can be clamped to the last line with
 * content), newer versions add "(line L column C)", and some messages carry
 * neither when the input ends early; all map to an editor line number.
 */
function syntaxError(source: string, message: string): TranscriptParseError {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  let line: number;
  if (pos) line = lineOfOffset(source, Number(pos[1]));
  else if (lineCol) line = Number(lineCol[1]);
  else line = lineOfOffset(source, source.length);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '');
  return new TranscriptParseError(
    `Line ${line}: the file is not valid JSON (${reason}). ` +
      'Look for a missing comma, quote or bracket on or just before that line.',
    line,
  );
}

function lineOfOffset(source: string, offset: number): number {
  // An error at the very end (truncated file) is reported on the last line
  // with content, not on the empty line after a trailing newline.
  const before = source.slice(0, Math.min(offset, source.trimEnd().length));
  return (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}
