import { lineError, parseClock } from './shared';

/** A timed block of caption text as found in a VTT or SRT file, before any markup is read. */
export interface RawCue {
  startMs: number;
  endMs: number;
  /** The cue's text lines, untouched (tags and speaker prefixes are the caller's business). */
  lines: string[];
  /** 1-based line number of the timing line, for error messages about this cue. */
  line: number;
}

/** What differs between the two caption formats when scanning for cues. */
export interface CueScanOptions {
  /** Example timing line shown to the user when theirs cannot be read. */
  timingExample: string;
  /**
   * True for a line that opens a non-cue block to skip up to the next blank
   * line (VTT `NOTE`, `STYLE`, `REGION`). Only asked between cues, because the
   * same words inside cue text are just words.
   */
  isSkippedBlock?: (line: string) => boolean;
}

// A cue timing line: two clock values around `-->`, then optional cue
// settings (`align:start position:10%`) which we do not need.
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;

// Something that was meant to be a timing line but is malformed, e.g. a
// single-dash arrow or a missing end time. Caught so it is reported rather
// than silently swallowed as text.
const TIMING_ATTEMPT = /-->|^\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:-+>?|[–—]>?|to)\s*\d/;

/**
 * Walks the lines of a caption file and returns its timed cues.
 *
 * It is deliberately forgiving about layout, because real caption files are
 * often hand-edited or converted: cue numbers/ids are optional, a missing
 * blank line between cues is tolerated (a new timing line starts a new cue),
 * and a stray paragraph separated from its cue by an extra blank line is
 * treated as more text of that cue. It is strict about timings: a line that
 * tries to be a timing but is not, or an end before the start, is an error
 * naming the line.
 */
export function scanCues(lines: readonly string[], from: number, opts: CueScanOptions): RawCue[] {
  const cues: RawCue[] = [];
  let current: RawCue | null = null;
  let skipping = false;
  // Malformed timings count too, so that their cue number is not mistaken for
  // text and the timing itself gets reported.
  const nextIsTiming = (i: number) =>
    i + 1 < lines.length && TIMING_ATTEMPT.test(lines[i + 1].trim());

  for (let i = from; i < lines.length; i++) {
    const line = lines[i].trim();
    const lineNo = i + 1;
    if (line === '') {
      current = null;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    if (line.includes('-->')) {
      current = readTiming(line, lineNo, opts.timingExample);
      cues.push(current);
      continue;
    }
    if (current) {
      // A cue number right before a timing line means the blank line between
      // two cues went missing; anything else is a line of cue text.
      if (/^\d+$/.test(line) && nextIsTiming(i)) current = null;
      else current.lines.push(lines[i]);
      continue;
    }
    if (opts.isSkippedBlock?.(line)) {
      skipping = true;
      continue;
    }
    if (nextIsTiming(i)) continue; // cue number (SRT) or cue identifier (VTT)
    if (TIMING_ATTEMPT.test(line)) throw badTiming(line, lineNo, opts.timingExample);
    const previous = cues[cues.length - 1];
    if (previous) {
      current = previous;
      current.lines.push(lines[i]);
      continue;
    }
    throw lineError(
      lineNo,
      `expected a cue timing line such as "${opts.timingExample}" but found "${clip(line)}".`,
    );
  }
  return cues;
}

function readTiming(line: string, lineNo: number, example: string): RawCue {
  const m = TIMING.exec(line);
  const startMs = m ? parseClock(m[1]) : undefined;
  const endMs = m ? parseClock(m[2]) : undefined;
  if (!m || startMs === undefined || endMs === undefined) throw badTiming(line, lineNo, example);
  if (endMs < startMs) {
    throw lineError(lineNo, `the cue's end time ${m[2]} comes before its start ${m[1]}.`);
  }
  return { startMs, endMs, lines: [], line: lineNo };
}

function badTiming(line: string, lineNo: number, example: string): Error {
  return lineError(
    lineNo,
    `the cue timing "${clip(line)}" cannot be read; write it like "${example}" ` +
      '(hours optional, minutes and seconds below 60).',
  );
}

/** Shortens quoted file content so one huge line does not swamp the message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
