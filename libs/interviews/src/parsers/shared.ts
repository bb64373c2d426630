import { ParsedSegment, TranscriptParseError } from './types';

/**
 * Splits a file into lines the way an editor shows them: drops a UTF-8 BOM
 * (Windows tools add one and it would otherwise glue itself to `WEBVTT` or the
 * first speaker label) and accepts CRLF, CR (old Mac exports) and LF endings,
 * so `lines[i]` is line `i + 1` in the user's editor.
 */
export function splitLines(content: string): string[] {
  return content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Builds an error whose message starts with `Line N:` so the user knows where to look. */
export function lineError(line: number, sentence: string): TranscriptParseError {
  return new TranscriptParseError(`Line ${line}: ${sentence}`, line);
}

/** Refuses a file that has nothing but whitespace in it, before any format-specific checks. */
export function assertNotEmpty(content: string): void {
  if (content.replace(/^\uFEFF/, '').trim() === '') {
    throw new TranscriptParseError(
      'The transcript file is empty. Choose the file again, or check that it was saved with its text.',
    );
  }
}

/**
 * Guarantees the "never zero segments" rule: a file that parsed cleanly but
 * contained no words (e.g. only empty cues) is still useless to a researcher,
 * and saying so beats importing an empty interview.
 */
export function requireSegments(segments: ParsedSegment[], hint: string): ParsedSegment[] {
  if (segments.length === 0) {
    throw new TranscriptParseError(`No transcript turns were found in the file. ${hint}`);
  }
  return segments;
}

/**
 * Joins the lines of one turn: each line is trimmed and the pieces are joined
 * with one space. Only the seams are touched, never the inside of a line,
 * so the result stays what was written (character offsets rely on that).
 */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

// Hours are optional. Without them minutes may pass 59 (`[75:30]` in a long
// recording); with them, minutes and seconds must be real clock values. The
// fraction may use `.` (VTT) or `,` (SRT), because converted files often carry
// the other format's separator.
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Reads a clock value such as `01:02:03.450`, `1:02:03,450`, `02:03` or
 * `02:03.5` into milliseconds. Returns undefined when the text is not a valid
 * clock (wrong shape, seconds of 60 or more, or minutes of 60 or more next to
 * an hour), leaving the caller
 * to phrase the error in terms of its own format.
 */
export function parseClock(text: string): number | undefined {
  const m = CLOCK.exec(text.trim());
  if (!m) return undefined;
  const [, h, min, sec, frac] = m;
  const minutes = Number(min);
  const seconds = Number(sec);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return undefined;
  // A fraction is a decimal fraction of a second: `.5` is 500 ms, not 5 ms.
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  return ((Number(h ?? 0) * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/**
 * Merges consecutive segments of the same known speaker when no time is lost
 * or invented: the earlier segment must end exactly where the next begins.
 * Caption tools cut one long answer into many short cues; merging them gives
 * coders whole turns while keeping every timestamp exact. Unknown speakers
 * (null) are never merged, since two unlabelled cues may be two people.
 */
export function mergeContiguousTurns(segments: readonly ParsedSegment[]): ParsedSegment[] {
  const out: ParsedSegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.speaker !== null &&
      prev.speaker === seg.speaker &&
      prev.endMs !== null &&
      prev.endMs === seg.startMs
    ) {
      out[out.length - 1] = { ...prev, endMs: seg.endMs, text: `${prev.text} ${seg.text}` };
    } else {
      out.push({ ...seg });
    }
  }
  return out;
}
