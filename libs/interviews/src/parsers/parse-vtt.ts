import { clip, RawCue, scanCues } from './cue-scanner';
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

// `<v Name>`, `<v.loud Name>`, `<v.first.loud Esme Tiana>`: the annotation
// after the whitespace is the speaker's name (trimmed by the caller). Linear by
// construction: one space then `[^<>]*` leaves the engine a single way to split
// a run of spaces, and no class crosses a `<`, so each attempt stops at the
// next tag; `[ \t]+([^>]*)` took 7 s on `<v` and 60 KB of spaces.
const VOICE = /<v(?:\.[^\s<>]*)?(?:[ \t]([^<>]*))?>/g;

// In WebVTT a literal `<` must be written `&lt;`, so every `<...>` is markup:
// `<b>`, `<i>`, `<c.yellow>`, karaoke timestamps `<00:00:01.000>`, `</v>`.
// `[^<>]` (not `[^>]`) keeps a run of unclosed `<` linear.
const TAG = /<[^<>]*>/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // Decoded to a plain space: caption tools use &nbsp; for layout, and a real
  // space keeps search and word-based coding working on the stored text.
  nbsp: ' ',
  lrm: '',
  rlm: '',
};

/**
 * Parses a WebVTT caption file into transcript segments.
 *
 * Requires the `WEBVTT` header (text after it, and header metadata lines such
 * as `Kind: captions`, are allowed); skips `NOTE`, `STYLE` and `REGION`
 * blocks; accepts optional cue ids, `hh:mm:ss.mmm` or `mm:ss.mmm` timings and
 * ignores cue settings. The speaker comes from a `<v Name>` voice span, else
 * from a `Name:` prefix. Other tags are stripped and `&amp; &lt; &gt; &nbsp;`
 * (plus `&quot; &apos;` and numeric references) are decoded. Multi-line cue
 * text is joined with single spaces; cues without text are skipped; adjacent
 * cues of the same speaker that touch exactly are merged into one turn.
 *
 * @throws TranscriptParseError naming the line for a missing header, an
 *   unreadable timing or an end before the start, and when no text is found.
 */
export function parseVtt(content: string): ParsedSegment[] {
  assertNotEmpty(content);
  const lines = splitLines(content);
  const first = lines.findIndex((l) => l.trim() !== '');
  const header = lines[first].trim();
  if (!/^WEBVTT(?:[ \t]|$)/.test(header)) {
    throw lineError(
      first + 1,
      `a WebVTT file must start with the line "WEBVTT", but this one starts with "${clip(header)}". ` +
        'If it is an SRT file (timings with commas), import it as SRT instead.',
    );
  }
  // Header metadata (`Kind: captions`, `Language: en`) runs up to the first
  // blank line; some tools forget that blank line, so a timing also ends it.
  let i = first + 1;
  while (i < lines.length && lines[i].trim() !== '' && !lines[i].includes('-->')) {
    if (lines[i + 1]?.includes('-->')) break; // a cue id right after the header
    i++;
  }
  const cues = scanCues(lines, i, {
    timingExample: '00:00:01.000 --> 00:00:04.000',
    isSkippedBlock: (l) => /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(l),
  });
  const segments = cues.flatMap(cueToSegments);
  return requireSegments(
    mergeContiguousTurns(segments),
    cues.length === 0
      ? 'The file has a WEBVTT header but no cues with timings such as "00:00:01.000 --> 00:00:04.000".'
      : 'Every cue in this WebVTT file is empty; check that the captions were exported with their text.',
  );
}

/**
 * Turns one cue into one segment, or several when the cue switches voice
 * part-way (`<v Ann>Hi</v>\n<v Bob>Hello</v>`): attributing all the words to
 * the first voice would misquote the second person. All parts share the cue's
 * timing, which is as precise as the file allows.
 */
function cueToSegments(cue: RawCue): ParsedSegment[] {
  const raw = cue.lines.join('\n');
  const parts: { speaker: string | null; raw: string }[] = [];
  let speaker: string | null = null;
  let last = 0;
  for (const m of raw.matchAll(VOICE)) {
    parts.push({ speaker, raw: raw.slice(last, m.index) });
    speaker = m[1] ? decodeEntities(m[1]).trim() || null : null;
    last = m.index + m[0].length;
  }
  parts.push({ speaker, raw: raw.slice(last) });

  const segments: ParsedSegment[] = [];
  for (const part of parts) {
    let text = joinLines(decodeEntities(part.raw.replace(TAG, '')).split('\n'));
    let who = part.speaker;
    if (who === null) {
      const prefixed = splitSpeakerPrefix(text);
      if (prefixed) ({ speaker: who, text } = prefixed);
    }
    if (text === '') continue;
    const prev = segments[segments.length - 1];
    if (prev && prev.speaker === who) prev.text = `${prev.text} ${text}`;
    else segments.push({ speaker: who, startMs: cue.startMs, endMs: cue.endMs, text });
  }
  return segments;
}

/**
 * Decodes the character references WebVTT allows. One pass with a lookup,
 * so `&amp;lt;` becomes the literal `&lt;` the author wrote rather than `<`.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
