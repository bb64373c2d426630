/**
 * Deciding whether the words before a colon are a speaker label.
 *
 * Transcripts are typed by people, so labels vary (`Interviewer 1`, `P3`,
 * `Dr. Smith`, `interviewee`) and ordinary sentences contain colons too
 * ("The plan was: ship it", "see https://..."). The rules below accept the
 * shapes people use for names and roles and reject what reads like prose.
 */

function wordSet(words: string): Set<string> {
  return new Set(words.split(' '));
}

/** Longest label we accept; longer text before a colon is almost always a sentence. */
export const MAX_LABEL_LENGTH = 40;
const MAX_LABEL_WORDS = 4;

// Lower-case single words we still trust as labels, because note-takers often
// type roles in lower case ("interviewee: yes"). Any other lower-case word
// before a colon is more likely the start of a sentence ("basically: ...").
const ROLE_WORDS = wordSet(
  'interviewer interviewee participant respondent moderator facilitator researcher speaker ' +
    'host guest user customer client me q a',
);

// Capitalised words that introduce a remark or a field rather than a person
// ("Note: the mic cut out", "Date: 3 May"). Matched case-insensitively.
const NOT_SPEAKERS = wordSet(
  'note notes nb ps pps eg e.g. ie i.e. example examples edit update tip warning important ' +
    'caution todo fixme also and but so because well then however therefore thus hence ' +
    'basically anyway here this that these those there it what why how when where who yes no ' +
    'ok okay like date time location place duration title subject topic re fyi source summary ' +
    'reason result results conclusion definition step http https ftp mailto file www',
);

// Letters (any script), digits, and the punctuation that appears in names and
// roles: `Dr.`, `O'Brien`, `Jean-Luc`, `P&G`, `Man #2`, `Interviewer/Host`.
const LABEL_CHARS = /^\p{L}[\p{L}\p{M}\p{N} .'’&#/_-]*$/u;

/**
 * True when `label` (the text before a colon, already trimmed) looks like a
 * speaker label rather than the start of a sentence: it starts with a letter,
 * has 1–4 words and at most 40 characters, contains no sentence punctuation,
 * and every word after the first starts with a capital or digit
 * (`Interviewer 1`, `Dr. Smith`, but not `The plan was`).
 */
export function isSpeakerLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  if (!LABEL_CHARS.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS) return false;
  const [first, ...rest] = words;
  if (words.length === 1 && NOT_SPEAKERS.has(first.toLowerCase())) return false;
  const firstIsRole = ROLE_WORDS.has(first.toLowerCase());
  // Lower-case first words are prose unless they are a known role, or a
  // participant code like `p3` (letters then digits).
  if (!startsUpper(first) && !firstIsRole && !/^\p{L}+\d+$/u.test(first)) return false;
  return rest.every((w) => startsUpper(w) || /^[\d#]/.test(w));
}

function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Splits `Name: text` into speaker and text when the prefix is a plausible
 * label (see {@link isSpeakerLabel}). The colon must be followed by a space or
 * the end of the text, which keeps `https://…`, `5:30` and `10:1` out.
 * Returns null when there is no label; the returned text is the remainder
 * exactly as written, trimmed.
 */
export function splitSpeakerPrefix(text: string): { speaker: string; text: string } | null {
  const m = /^([^:]{1,60}):(?=\s|$)/.exec(text.trimStart());
  if (!m) return null;
  const label = m[1].trim();
  if (!isSpeakerLabel(label)) return null;
  return { speaker: label, text: text.trimStart().slice(m[0].length).trim() };
}
