import { RawCue, scanCues } from './cue-scanner';
import {
  assertNotEmpty,
  joinLines,
  lineError,
  mergeContiguousTurns,
  requireSegments,
  splitLines,
} from './shared';
import { splitSpeakerPrefix } from './speaker-label';
import { ParsedSegment } from './types';

// SRT has no escaping, so a bare `<` can be real text ("x < 5"). Only strip
// what players treat as markup: `<i>`, `</b>`, `<font color="#fff">`, and the
// ASS-style positioning codes `{\an8}` that subtitle editors leave behind.
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|\{\\[^{}]*\}/gi;

/**
 * Parses a SubRip (`.srt`) subtitle file into transcript segments.
 *
 * Cues are an optional number, a `hh:mm:ss,mmm --> hh:mm:ss,mmm` timing and
 * one or more lines of text, joined with single spaces. A `NAME:` prefix
 * (`JOHN:`, `Interviewer:`) becomes the speaker; formatting tags are
 * stripped. Cues without text are skipped, and adjacent cues of the same
 * speaker that touch exactly are merged into one turn.
 *
 * @throws TranscriptParseError naming the line for an empty file, an
 *   unreadable timing or an end before the start, and when no text is found.
 */
export function parseSrt(content: string): ParsedSegment[] {
  assertNotEmpty(content);
  const lines = splitLines(content);
  const first = lines.findIndex((l) => l.trim() !== '');
  // A WebVTT file chosen as SRT would otherwise fail on its header with a
  // vaguer message; point the user at the right format instead.
  if (/^WEBVTT(?:\s|$)/.test(lines[first].trim())) {
    throw lineError(
      first + 1,
      'this is a WebVTT file (it starts with "WEBVTT"); import it as VTT.',
    );
  }
  const cues = scanCues(lines, first, { timingExample: '00:00:01,000 --> 00:00:04,000' });
  const segments = cues.map(cueToSegment).filter((s): s is ParsedSegment => s !== null);
  return requireSegments(
    mergeContiguousTurns(segments),
    'Every subtitle in this SRT file is empty; check that it was exported with its text.',
  );
}

function cueToSegment(cue: RawCue): ParsedSegment | null {
  const joined = joinLines(cue.lines.map((l) => l.replace(TAG, '')));
  const prefixed = splitSpeakerPrefix(joined);
  const text = prefixed ? prefixed.text : joined;
  if (text === '') return null;
  return { speaker: prefixed?.speaker ?? null, startMs: cue.startMs, endMs: cue.endMs, text };
}
