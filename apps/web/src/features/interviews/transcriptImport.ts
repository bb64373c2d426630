import type { TranscriptFormat } from '../../gql/graphql';
import type { SelectOption } from '../../components/types';

export const formatOptions: SelectOption<TranscriptFormat>[] = [
  { value: 'PLAIN', label: 'Plain text (Speaker: text)' },
  { value: 'VTT', label: 'WebVTT captions (.vtt)' },
  { value: 'SRT', label: 'SubRip captions (.srt)' },
  { value: 'JSON', label: 'JSON segments (Whisper)' },
];

const EXTENSIONS: Record<string, TranscriptFormat> = { vtt: 'VTT', srt: 'SRT', json: 'JSON' };

/**
 * Guesses a transcript's format: a WEBVTT header means VTT, a `-->` timing
 * with comma milliseconds means SRT, valid JSON means JSON; otherwise the file
 * extension decides, and plain text is the fallback. The server's parser has
 * the last word; people can override the guess.
 */
export function detectFormat(content: string, fileName = ''): TranscriptFormat {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'VTT';
  if (/\d{1,2}:\d{2}(?::\d{2})?,\d{1,3}[ \t]*-->/.test(text)) return 'SRT';
  if (/^[[{]/.test(text)) {
    try {
      JSON.parse(text);
      return 'JSON';
    } catch {
      // Not JSON after all; fall through.
    }
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? 'PLAIN';
}

/** "p3_onboarding-interview.vtt" → "p3 onboarding interview". */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface FoundSpeaker {
  name: string;
  turns: number;
}

const LABEL = /^\p{L}[\p{L}\p{M}\p{N} .'’&#/_-]*$/u;
const ROLE =
  /^(interviewer|interviewee|participant|respondent|moderator|facilitator|researcher|speaker|host|guest|user|customer|client|me|q|a)\b/i;
const NOT_NAMES = new Set([
  'note',
  'notes',
  'nb',
  'ps',
  'date',
  'time',
  'location',
  'title',
  'http',
  'https',
]);
const LEADING_TIME =
  /^(?:\[[^\]]{1,16}\]|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\s*/;

function looksLikeName(label: string): boolean {
  if (!label || label.length > 40 || !LABEL.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > 4 || NOT_NAMES.has(label.toLowerCase())) return false;
  const first = words[0];
  return first[0] !== first[0].toLowerCase() || ROLE.test(first) || /^\p{L}+\d+$/u.test(first);
}

/**
 * A quick look for who speaks, so people can say which speakers are the
 * interviewer's before saving: `<v Name>` voices, `Name:` line prefixes, or the
 * `speaker` fields of JSON items. It parses nothing else; the server does that.
 */
export function scanSpeakers(content: string, format: TranscriptFormat): FoundSpeaker[] {
  const counts = new Map<string, FoundSpeaker>();
  const add = (raw: unknown) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const name = String(raw).trim();
    if (!name) return;
    const key = name.toLowerCase();
    const found = counts.get(key) ?? { name, turns: 0 };
    found.turns += 1;
    counts.set(key, found);
  };

  if (format === 'JSON') {
    try {
      const parsed: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
      const items = Array.isArray(parsed)
        ? parsed
        : (parsed as { segments?: unknown } | null)?.segments;
      if (Array.isArray(items))
        for (const item of items) add((item as { speaker?: unknown })?.speaker);
    } catch {
      // Malformed JSON: the server names the problem on save.
    }
    return [...counts.values()];
  }

  for (const voice of content.matchAll(/<v(?:\.[^\s>]+)?[ \t]+([^>]+)>/g)) add(voice[1]);
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.trim().replace(LEADING_TIME, '');
    if (line.includes('-->') || line.startsWith('<v')) continue;
    const match = /^([^:]{1,40}):(?=\s|$)/.exec(line);
    if (match && looksLikeName(match[1].trim())) add(match[1].trim());
  }
  return [...counts.values()];
}

/** Speakers that are probably the interviewer, ticked in advance. */
export function isLikelyInterviewer(name: string): boolean {
  return /^(interviewer|moderator|facilitator|researcher|host|q)\b/i.test(name.trim());
}
