/**
 * Attention checks found in an imported survey: a question worded like one gets the most common
 * normalized answer as its proposed expected answer, when that answer holds a clear majority.
 */
import { cleanTitle } from '../understanding';
import { normalizeCheckAnswer } from './normalize';

/** Wording of attention checks ("to help us ensure that you are not a robot", "please select … to show you are paying attention"). */
export const ATTENTION_CHECK_WORDING =
  /\b(not a robot|are (?:a )?human|paying attention|attention check|attention question|number of (?:characters|letters) in the word|what is \d+ (?:plus|\+|times|minus) \d+|please (?:select|choose|pick|mark|answer|type|enter) .{1,60} (?:to show|so we know|for this (?:item|question|row)))\b/;

/** A proposed expected answer needs more than this share of the answered cells. */
export const CLEAR_MAJORITY = 0.5;

export function looksLikeAttentionCheck(title: string): boolean {
  return ATTENTION_CHECK_WORDING.test(cleanTitle(title).toLowerCase());
}

/**
 * The expected answer to propose for an attention check: the most common answer after
 * normalization (case, spaces, quotes, "8" = "eight"), written the way most respondents wrote
 * it, when it holds more than half of the answered cells; null otherwise.
 */
export function proposeExpectedAnswer(answers: readonly string[]): string | null {
  const groups = new Map<string, Map<string, number>>();
  let answered = 0;
  for (const raw of answers) {
    const key = normalizeCheckAnswer(raw);
    if (!key) continue;
    answered++;
    const spellings = groups.get(key) ?? new Map<string, number>();
    const shown = raw.trim();
    spellings.set(shown, (spellings.get(shown) ?? 0) + 1);
    groups.set(key, spellings);
  }
  let best: Map<string, number> | null = null;
  let bestCount = 0;
  for (const spellings of groups.values()) {
    const count = [...spellings.values()].reduce((a, b) => a + b, 0);
    if (count > bestCount) [best, bestCount] = [spellings, count];
  }
  if (!best || answered === 0 || bestCount / answered <= CLEAR_MAJORITY) return null;
  // Most respondents' spelling, lower-cased when several spellings differ only in case.
  const [spelling] = [...best.entries()].sort((a, b) => b[1] - a[1])[0];
  return spelling.replace(/^["'“”]+|["'“”]+$/g, '');
}
