/**
 * Response quality detectors. Pure: each reads a survey's questions and responses and returns
 * flags with a sentence a researcher reads. `computeQualityFlags` runs them all.
 */
import { TEXT_TYPES, type Question, type QuestionType } from '@persona-lab/survey-logic';
import { foldText, normalizeCheckAnswer, normalizeForDuplicate } from './normalize';
import type { QualityFlag, QualityResponse } from './types';

// ---------------------------------------------------------------- speeding

/**
 * A speeder takes less than this share of the median completion time of the survey's complete,
 * timed responses. Greszki, Meyer & Schoen (2015, "Exploring the effects of removing 'too fast'
 * responses and respondents from web surveys", Public Opinion Quarterly 79(2)) test cut-offs of
 * 30–50 % of the median; Leiner (2019, "Too fast, too straight, too weird", Survey Research
 * Methods 13(3)) finds a relative speed of 2 (half the median) the loosest useful cut-off. We take
 * the strict end, 30 %: a response this fast cannot have read the questions, while a fast reader
 * at 40–50 % of the median is still plausible, and a wrongly excluded respondent is lost evidence.
 */
export const SPEEDING_SHARE = 0.3;
/** Fewer timed complete responses than this and the median says too little: nobody is flagged. */
export const MIN_TIMED_RESPONSES = 10;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "4 min 05 s", "38 s". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Complete responses timed below `SPEEDING_SHARE` of the median; untimed ones are never flagged. */
export function detectSpeeding(responses: readonly QualityResponse[]): Map<string, QualityFlag> {
  const out = new Map<string, QualityFlag>();
  const timed = responses.filter((r) => r.complete && r.durationSeconds != null);
  if (timed.length < MIN_TIMED_RESPONSES) return out;
  const mid = median(timed.map((r) => r.durationSeconds!))!;
  const limit = mid * SPEEDING_SHARE;
  for (const r of timed) {
    if (r.durationSeconds! < limit) {
      out.set(r.id, {
        reason: 'SPEEDING',
        detail: `Completed in ${formatDuration(r.durationSeconds!)}, under ${Math.round(SPEEDING_SHARE * 100)} % of the survey's median time of ${formatDuration(mid)}.`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- straight-lining

/** Scale items answered with one value in a block before it counts as straight-lining. */
export const MIN_STRAIGHT_ITEMS = 5;

const SCALES = new Set<QuestionType>(['RATING', 'LIKERT', 'NPS']);

/**
 * The same value on at least `MIN_STRAIGHT_ITEMS` answered items of one block: a matrix's rows,
 * or the survey's standalone scale questions of the same kind and range (1–5 Likert items are
 * one block, 0–10 NPS items another). Fewer items never flag, so a short survey whose three
 * ratings are honestly all 4 is left alone.
 */
export function detectStraightLining(
  questions: readonly Question[],
  response: QualityResponse,
): QualityFlag | null {
  const blocks = new Map<string, { name: string; values: string[] }>();
  for (const q of questions) {
    const value = response.answers[q.id];
    if (value === undefined || value === null) continue;
    if (q.type === 'MATRIX' && typeof value === 'object' && !Array.isArray(value)) {
      const values = Object.values(value as Record<string, unknown>).map((v) => String(v));
      blocks.set(`matrix:${q.id}`, { name: `the rows of "${short(q.title)}"`, values });
    } else if (SCALES.has(q.type) && typeof value === 'number') {
      const key = `${q.type}:${q.min ?? ''}:${q.max ?? ''}`;
      const block = blocks.get(key) ?? { name: 'the survey\'s rating scales', values: [] };
      block.values.push(String(value));
      blocks.set(key, block);
    }
  }
  for (const { name, values } of blocks.values()) {
    if (values.length >= MIN_STRAIGHT_ITEMS && new Set(values).size === 1) {
      return {
        reason: 'STRAIGHT_LINING',
        detail: `Gave the same answer (${values[0]}) to all ${values.length} items of ${name}.`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------- low-effort text

// Keyboard rows (QWERTY, AZERTY, QWERTZ); runs along them are mashes, forwards or backwards.
const TOP_ROWS = ['qwertyuiop', 'azertyuiop', 'qwertzuiop'];
const ROWS = [...TOP_ROWS, 'asdfghjkl', 'zxcvbnm', 'qsdfghjklm', 'wxcvbn', 'yxcvbnm'];
/**
 * Mash runs: five letters along the top row (four would catch "property" and "liberty"), four
 * along the others (no word of English, French or German holds "asdf", "hjkl" or "xcvb").
 */
const MASH_RUNS: string[] = [];
for (const row of ROWS) {
  const n = TOP_ROWS.includes(row) ? 5 : 4;
  for (const line of [row, [...row].reverse().join('')]) {
    for (let i = 0; i + n <= line.length; i++) MASH_RUNS.push(line.slice(i, i + n));
  }
}
/** All runs as one pattern: one scan per word instead of one `includes` per run (~100). */
const MASH = new RegExp(MASH_RUNS.join('|'));
const VOWELS = /[aeiouy]/;
const LATIN_WORD = /^[a-z]+$/;

/**
 * Why an open answer is low effort, or null when it is not: placeholder text, one character for a long-text question, one character repeated, a keyboard mash, or a short
 * answer made of a long Latin-letter "word" with no vowel. Short real answers ("No", "R",
 * "ggplot2", "n/a") and answers in other languages and scripts pass.
 */
export function lowEffortReason(text: string, type: QuestionType): string | null {
  const folded = foldText(text);
  if (!folded) return null;
  if (/\blorem ipsum\b|\bdolor sit amet\b/.test(folded)) return 'placeholder text (lorem ipsum)';
  // "-", "." and "..." are how many people write "nothing", like "n/a": not flagged.
  if (!/[\p{L}\p{N}]/u.test(folded)) return null;
  if (type === 'LONG_TEXT' && [...folded].length === 1) return 'one character for an open question';
  // Diacritics off, so "Über" reads as "uber"; letters of other scripts are not Latin words.
  const plain = folded.normalize('NFD').replace(/\p{M}/gu, '');
  const letters = plain.replace(/[^\p{L}]/gu, '');
  const distinct = new Set(letters).size;
  // "aaaa", "xxxxx", "no no no"; not "Anna" (two letters, but four of them only).
  if (letters.length === plain.replace(/\s/g, '').length && ((letters.length >= 4 && distinct === 1) || (letters.length >= 6 && distinct === 2)))
    return 'one or two characters repeated';
  const words = plain.split(/[^\p{L}]+/u).filter(Boolean);
  for (const w of words) {
    if (w.length >= 4 && MASH.test(w)) return `a keyboard mash ("${w.slice(0, 20)}")`;
  }
  if (words.length <= 3) {
    const bare = words.find((w) => w.length >= 6 && LATIN_WORD.test(w) && !VOWELS.test(w));
    if (bare) return `letters without a vowel ("${bare.slice(0, 20)}")`;
  }
  return null;
}

/** The first low-effort open answer of a response, as a flag naming the question. */
export function detectLowEffortText(
  questions: readonly Question[],
  response: QualityResponse,
): QualityFlag | null {
  for (const q of questions) {
    if (!TEXT_TYPES.includes(q.type)) continue;
    const value = response.answers[q.id];
    if (typeof value !== 'string') continue;
    const why = lowEffortReason(value, q.type);
    if (why) return { reason: 'LOW_EFFORT_TEXT', detail: `The answer to "${short(q.title)}" is ${why}.` };
  }
  return null;
}

// ---------------------------------------------------------------- duplicates

/**
 * An open answer counts for duplicates from this many words and characters (normalized):
 * "nothing", "n/a", "data analysis" and "I use it for work" are common honest answers, a
 * copied sentence is not.
 */
export const DUPLICATE_MIN_WORDS = 6;
export const DUPLICATE_MIN_CHARS = 30;

/**
 * A text question counts as free text for duplicates when at least this share of its answers
 * are distinct. Exports often hold a choice question as text (the R community survey's "How did
 * you learn R?" repeats four option texts 1,500 times): the same text there is a choice, not a copy.
 */
export const FREE_TEXT_DISTINCT_SHARE = 0.8;

/**
 * The same non-trivial open answer (normalized: case, punctuation, spaces) in more than one
 * response to a free-text question: every response holding it is flagged, since which copy came
 * first says nothing about which is genuine.
 */
export function detectDuplicates(
  questions: readonly Question[],
  responses: readonly QualityResponse[],
): Map<string, QualityFlag> {
  const holders = new Map<string, { ids: Set<string>; title: string }>();
  for (const q of questions) {
    if (!TEXT_TYPES.includes(q.type)) continue;
    const texts = new Map<string, Set<string>>();
    let answered = 0;
    for (const r of responses) {
      const value = r.answers[q.id];
      if (typeof value !== 'string' || !value.trim()) continue;
      answered++;
      const text = normalizeForDuplicate(value);
      const ids = texts.get(text) ?? new Set<string>();
      ids.add(r.id);
      texts.set(text, ids);
    }
    if (answered === 0 || texts.size / answered < FREE_TEXT_DISTINCT_SHARE) continue;
    for (const [text, ids] of texts) {
      if (ids.size < 2 || text.length < DUPLICATE_MIN_CHARS || text.split(' ').length < DUPLICATE_MIN_WORDS)
        continue;
      holders.set(`${q.id}\u0000${text}`, { ids, title: q.title });
    }
  }
  const out = new Map<string, QualityFlag>();
  for (const { ids, title } of holders.values()) {
    if (ids.size < 2) continue;
    for (const id of ids) {
      if (out.has(id)) continue;
      out.set(id, {
        reason: 'DUPLICATE_TEXT',
        detail: `The answer to "${short(title)}" is word for word the same as in ${ids.size - 1} other response${ids.size === 2 ? '' : 's'}.`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- attention checks

/** The answer as comparable texts: a choice counts by its id and its label. */
function answerForms(q: Question, value: unknown): string[] {
  const one = (v: unknown): string[] => {
    const label = typeof v === 'string' ? q.options?.find((o) => o.id === v)?.label : undefined;
    return [normalizeCheckAnswer(v), ...(label ? [normalizeCheckAnswer(label)] : [])];
  };
  if (Array.isArray(value)) return value.length === 1 ? one(value[0]) : [value.map((v) => normalizeCheckAnswer(v)).join(',')];
  return one(value);
}

/** Whether an answer passes an attention check's expected answers (normalized). */
export function passesAttentionCheck(q: Question, value: unknown, expected: readonly string[]): boolean {
  const wanted = new Set(expected.map((e) => normalizeCheckAnswer(e)));
  return answerForms(q, value).some((f) => f !== '' && wanted.has(f));
}

/**
 * A failed attention check: an answered check whose answer matches none of its expected answers.
 * An unanswered check is not a failure here (an export's blank cell, or a respondent who left
 * before it); it is also what a partial response looks like.
 */
export function detectAttentionCheck(
  questions: readonly Question[],
  response: QualityResponse,
): QualityFlag | null {
  for (const q of questions) {
    const expected = q.attentionCheck?.expected;
    if (!expected?.length) continue;
    const value = response.answers[q.id];
    if (value === undefined || value === null || value === '') continue;
    if (!passesAttentionCheck(q, value, expected)) {
      const shown = typeof value === 'string' ? `"${value.trim().slice(0, 40)}"` : 'another answer';
      return {
        reason: 'FAILED_ATTENTION_CHECK',
        detail: `Answered ${shown} to the attention check "${short(q.title)}", which expects ${expected.map((e) => `"${e}"`).join(' or ')}.`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------- all of them

/** Every flag of every response of one survey (responses without flags are left out). */
export function computeQualityFlags(
  questions: readonly Question[],
  responses: readonly QualityResponse[],
): Map<string, QualityFlag[]> {
  const speeding = detectSpeeding(responses);
  const duplicates = detectDuplicates(questions, responses);
  const out = new Map<string, QualityFlag[]>();
  for (const r of responses) {
    const flags = [
      detectAttentionCheck(questions, r),
      speeding.get(r.id) ?? null,
      detectStraightLining(questions, r),
      detectLowEffortText(questions, r),
      duplicates.get(r.id) ?? null,
    ].filter((f): f is QualityFlag => f !== null);
    if (flags.length) out.set(r.id, flags);
  }
  return out;
}

function short(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
