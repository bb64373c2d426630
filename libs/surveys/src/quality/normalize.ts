/**
 * Text normalization the quality detectors share: case, Unicode forms, quotes, spaces, and
 * number words ("eight" and "8" are the same answer to an attention check).
 */

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = new Map<string, number>();
UNITS.forEach((w, n) => NUMBER_WORDS.set(w, n));
TENS.forEach((t, k) => {
  if (!t) return;
  NUMBER_WORDS.set(t, k * 10);
  for (let u = 1; u <= 9; u++) {
    NUMBER_WORDS.set(`${t}-${UNITS[u]}`, k * 10 + u);
    NUMBER_WORDS.set(`${t} ${UNITS[u]}`, k * 10 + u);
  }
});
NUMBER_WORDS.set('one hundred', 100);
NUMBER_WORDS.set('a hundred', 100);

/** Lower case, NFKC, curly quotes made straight, runs of spaces collapsed, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An attention-check answer as compared with the expected one: folded, without surrounding
 * quotes and punctuation, a number word as its digits ("Eight." → "8", "  8 " → "8",
 * "twenty-one" → "21"). Other words stay as they are ("ocho" is not "eight").
 */
export function normalizeCheckAnswer(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  const text = foldText(value)
    .replace(/^[\s"'.,;:!?()[\]{}]+|[\s"'.,;:!?()[\]{}]+$/g, '')
    .replace(/\s*-\s*/g, '-');
  const word = NUMBER_WORDS.get(text);
  if (word !== undefined) return String(word);
  if (/^[+-]?\d+(?:\.0+)?$/.test(text)) return String(Number.parseInt(text, 10));
  return text;
}

/**
 * An open answer as compared across responses for duplicates: folded, punctuation and symbols
 * removed, so "Data analysis, mostly!" and "data analysis mostly" are the same text.
 */
export function normalizeForDuplicate(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
