import { parseJson } from './parse-json';
import { parsePlain } from './parse-plain';
import { parseSrt } from './parse-srt';
import { parseVtt } from './parse-vtt';
import { ParsedSegment, TRANSCRIPT_FORMATS, TranscriptFormat, TranscriptParseError } from './types';

export * from './types';
export { parsePlain } from './parse-plain';
export { parseVtt, decodeEntities } from './parse-vtt';
export { parseSrt } from './parse-srt';
export { parseJson } from './parse-json';
export { isSpeakerLabel, splitSpeakerPrefix } from './speaker-label';
export { mergeContiguousTurns, parseClock } from './shared';

/**
 * Most lines (PLAIN, VTT, SRT) or items (JSON) one transcript may have. A three-hour interview
 * captioned every two seconds has about 22,000 lines; a file at the body limit could have
 * millions, and parsing 900,000 turns took 2.5 s of a server that answers nobody meanwhile.
 */
export const MAX_TRANSCRIPT_LINES = 50_000;

/** Counts line breaks (CRLF once) without splitting, stopping once past `max`. */
function lineCount(content: string, max: number): number {
  let lines = 1;
  for (let i = 0; i < content.length && lines <= max; i++) {
    const c = content.charCodeAt(i);
    if (c === 10 || (c === 13 && content.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

const PARSERS: Record<TranscriptFormat, (content: string) => ParsedSegment[]> = {
  PLAIN: parsePlain,
  VTT: parseVtt,
  SRT: parseSrt,
  JSON: parseJson,
};

/**
 * Parses a transcript file's text in the given format into segments.
 *
 * Pure: no I/O, and the result never has zero segments. Callers (the upload
 * mutation, seed scripts) should catch {@link TranscriptParseError} and show
 * its message to the user unchanged; `error.line` points at the offending
 * line when there is one.
 *
 * @throws TranscriptParseError for malformed or empty content, a file of more than
 *   {@link MAX_TRANSCRIPT_LINES} lines (items in JSON), and for a format value outside {@link TRANSCRIPT_FORMATS} (possible from untyped input).
 */
export function parseTranscript(format: TranscriptFormat, content: string): ParsedSegment[] {
  // Object.hasOwn, not `in`: a format like "toString" must not reach the prototype.
  if (!Object.hasOwn(PARSERS, format)) {
    throw new TranscriptParseError(
      `"${String(format)}" is not a supported transcript format. Use one of ${TRANSCRIPT_FORMATS.join(', ')}.`,
    );
  }
  if (format !== 'JSON' && lineCount(content, MAX_TRANSCRIPT_LINES) > MAX_TRANSCRIPT_LINES) {
    throw new TranscriptParseError(
      `The transcript has more than ${MAX_TRANSCRIPT_LINES.toLocaleString('en')} lines, more than one interview holds; split it into several files.`,
    );
  }
  return PARSERS[format](content);
}
