import { assertNotEmpty, lineError, parseClock, requireSegments, splitLines } from './shared';
import { isSpeakerLabel } from './speaker-label';
import { ParsedSegment } from './types';

// `[01:02:03]`, `[01:02]`, `(01:02:03.450)`: hours optional, seconds always
// two digits so that ordinary bracketed text like `[1:2]` is left alone.
const TS = String.raw`[\[(](\d{1,3}(?::\d{1,3})?:\d{2}(?:[.,]\d{1,3})?)[\])]`;
const LEADING_TS = new RegExp(String.raw`^${TS}[ \t]*`);
// Label, optional timestamp, colon, then whitespace or end of line. The label
// may not contain brackets or colons, so `Dan (01:02):` splits correctly and
// `https://` or `5:30` never reach the label check.
const LABEL = new RegExp(String.raw`^([^:[\]()]{1,60}?)[ \t]*(?:${TS})?[ \t]*:(?=\s|$)`);
// LABEL only looks this far into a line: its `[ \t]*(?:TS)?[ \t]*` is quadratic
// on a long run of spaces, and a real label with its timestamp is far shorter.
const LABEL_WINDOW = 120;
// Markdown exports bold the label: `**Dan:**` or `**Dan**:`.
const BOLD_LABEL = /^(\*\*|__)([^:*_]{1,60}?)(?::\1|\1:)(?=\s|$)/;
const MARKDOWN_TITLE = /^#{1,6}(?:\s|$)/;

type Line =
  | { kind: 'blank' }
  | { kind: 'turn'; speaker: string; start: Stamp | null; text: string; line: number }
  | { kind: 'text'; start: Stamp | null; text: string; line: number };

interface Stamp {
  ms: number;
  /** The timestamp as written, for error messages. */
  raw: string;
}

interface Draft {
  speaker: string | null;
  start: Stamp | null;
  parts: string[];
  line: number;
}

/**
 * Parses a plain-text transcript made of `Speaker: text` turns.
 *
 * A turn may sit on one line or run over several (lines without a speaker
 * label are joined to the turn before with one space, as are later
 * paragraphs). Timestamps such as `[hh:mm:ss]`, `[mm:ss]` or `(hh:mm:ss.mmm)`
 * may stand before or after the label (`[00:01:02] Dan: hi`,
 * `Dan (01:02): hi`) or on a line of their own before a turn; a segment ends
 * where the next timed one starts. Labels are what people type (`Dan`,
 * `Interviewer 1`, `P3`, `Dr. Smith`, `interviewee`) but not prose with a
 * colon ("The plan was: ..."). A file without any labels becomes one segment
 * per paragraph with speaker null. A leading markdown title (`# Interview`)
 * is ignored.
 *
 * @throws TranscriptParseError for an empty file, an impossible timestamp
 *   (e.g. `[00:75]`), timestamps that go backwards, or a file with no text.
 */
export function parsePlain(content: string): ParsedSegment[] {
  assertNotEmpty(content);
  const raw = splitLines(content);
  // Skip a title block at the top only; a `#` later on is part of what someone said.
  let first = 0;
  while (
    first < raw.length &&
    (raw[first].trim() === '' || MARKDOWN_TITLE.test(raw[first].trim()))
  ) {
    first++;
  }
  const lines: Line[] = raw.slice(first).map((text, i) => readLine(text, first + i + 1));
  const labelled = lines.some((l) => l.kind === 'turn');

  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let pending: Stamp | null = null; // a timestamp alone on its line, waiting for its words
  const open = (speaker: string | null, start: Stamp | null, text: string, line: number) => {
    const draft: Draft = { speaker, start, parts: [text], line };
    drafts.push(draft);
    pending = null;
    return draft;
  };
  for (const l of lines) {
    if (l.kind === 'blank') {
      // Without labels, paragraphs are the turns. With labels, a blank line is
      // just layout: the next unlabelled paragraph continues the same turn.
      if (!labelled) current = null;
    } else if (l.kind === 'turn') {
      current = open(l.speaker, l.start ?? pending, l.text, l.line);
    } else if (l.start && l.text === '') {
      pending = l.start;
    } else if (l.start || pending || !current) {
      // A timestamped line starts a new stretch of speech; we do not guess
      // who is talking, so its speaker stays unknown.
      current = open(null, l.start ?? pending, l.text, l.line);
    } else {
      current.parts.push(l.text);
    }
  }
  return requireSegments(
    finish(drafts),
    'Add the conversation as "Speaker: what they said" lines, or as paragraphs of text.',
  );
}

function readLine(text: string, line: number): Line {
  let rest = text.trim();
  if (rest === '') return { kind: 'blank' };
  let start: Stamp | null = null;
  const lead = LEADING_TS.exec(rest);
  if (lead) {
    start = stamp(lead[0].trim(), lead[1], line);
    rest = rest.slice(lead[0].length);
  }
  const bold = BOLD_LABEL.exec(rest.slice(0, LABEL_WINDOW));
  const label = bold ? null : LABEL.exec(rest.slice(0, LABEL_WINDOW));
  const speaker = (bold?.[2] ?? label?.[1])?.trim();
  if (speaker === undefined || !isSpeakerLabel(speaker)) {
    return { kind: 'text', start, text: rest, line };
  }
  if (label?.[2]) start ??= stamp(label[0].slice(label[1].length, -1).trim(), label[2], line);
  rest = rest.slice((bold ?? label)![0].length).trim();
  // Some tools put the time after the colon: `Dan: [00:01:02] hi`.
  const after = LEADING_TS.exec(rest);
  if (after) {
    start ??= stamp(after[0].trim(), after[1], line);
    rest = rest.slice(after[0].length);
  }
  return { kind: 'turn', speaker, start, text: rest, line };
}

function stamp(raw: string, clock: string, line: number): Stamp {
  const ms = parseClock(clock);
  if (ms === undefined) {
    throw lineError(
      line,
      `the timestamp ${raw} is not a valid time; seconds (and minutes after an hour) must be below 60, as in [01:02:03].`,
    );
  }
  return { ms, raw };
}

/**
 * Drops turns without words, then fills in end times: a turn ends where the
 * next one starts, which is only known when both carry a timestamp. Times
 * that go backwards are refused rather than producing an end before a start.
 */
function finish(drafts: Draft[]): ParsedSegment[] {
  const kept = drafts
    .map((d) => ({
      ...d,
      text: d.parts
        .filter((p) => p !== '')
        .join(' ')
        .trim(),
    }))
    .filter((d) => d.text !== '');
  let previous: (typeof kept)[number] | null = null;
  for (const d of kept) {
    if (d.start && previous?.start && d.start.ms < previous.start.ms) {
      throw lineError(
        d.line,
        `the timestamp ${d.start.raw} is earlier than ${previous.start.raw} on line ${previous.line}; ` +
          'timestamps must not go backwards.',
      );
    }
    if (d.start) previous = d;
  }
  return kept.map((d, i) => {
    const next = kept[i + 1];
    return {
      speaker: d.speaker,
      startMs: d.start?.ms ?? null,
      endMs: d.start && next?.start ? next.start.ms : null,
      text: d.text,
    };
  });
}
