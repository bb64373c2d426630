/**
 * One turn of a transcript as the parsers hand it to the rest of the app.
 *
 * `text` is exactly what the person said after markup has been removed and
 * line breaks have been joined with single spaces: later code stores character
 * offsets into it (for coding highlights), so no parser may "prettify" it
 * after the fact.
 */
export interface ParsedSegment {
  /** Speaker label as written in the file (e.g. `Dan`, `Interviewer 1`), or null when unknown. */
  speaker: string | null;
  /** Start of the turn in milliseconds from the start of the recording, when the file says. */
  startMs: number | null;
  /** End of the turn in milliseconds, when the file says (or it can be derived exactly). */
  endMs: number | null;
  /** The words of the turn, trimmed. Never empty. */
  text: string;
}

/** The transcript formats the importer understands. */
export type TranscriptFormat = 'PLAIN' | 'VTT' | 'SRT' | 'JSON';

/** Every supported format, e.g. for validating user input or building a picker. */
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['PLAIN', 'VTT', 'SRT', 'JSON'];

/**
 * Thrown when a transcript cannot be read. The message is a full sentence the
 * uploader can act on and, when the problem sits on one line, starts with
 * `Line N:` (1-based, counting the file as the user sees it in an editor).
 * `line` carries the same number for UIs that want to jump to it.
 */
export class TranscriptParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'TranscriptParseError';
  }
}
