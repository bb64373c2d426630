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
 * @throws TranscriptParseError for malformed or empty content, and for a
 *   format value outside {@link TRANSCRIPT_FORMATS} (possible from untyped input).
 */
export function parseTranscript(format: TranscriptFormat, content: string): ParsedSegment[] {
  // Object.hasOwn, not `in`: a format like "toString" must not reach the prototype.
  if (!Object.hasOwn(PARSERS, format)) {
    throw new TranscriptParseError(
      `"${String(format)}" is not a supported transcript format. Use one of ${TRANSCRIPT_FORMATS.join(', ')}.`,
    );
  }
  return PARSERS[format](content);
}
