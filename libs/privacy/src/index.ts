/**
 * Detection and redaction of emails and phone numbers. Text that contains one
 * is redacted before it feeds any feature and is never selected as evidence.
 */

/** A private span found in a text. */
export interface PrivateSpan {
  kind: 'email' | 'phone';
  start: number;
  end: number;
}

// Emails are what /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g matches,
// found by a scan instead: that regex backtracks quadratically on a long run of letters without
// an `@` (2 s on 32 KB), while the scan reads each character a bounded number of times.
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** `[A-Za-z0-9-]`: a domain label's characters. */
const isLabelChar = (c: number) => isLetter(c) || isDigit(c) || c === 45;
/** `[A-Za-z0-9._%+-]`: a local part's characters. */
const isLocalChar = (c: number) => isLabelChar(c) || c === 46 || c === 95 || c === 37 || c === 43;

/**
 * End of the email domain that starts at `from` (just after an `@`), or -1: labels joined by
 * single dots, cut after the letters that start the last label beginning with two letters.
 */
function domainEnd(text: string, from: number): number {
  const labelEnd = (i: number) => {
    while (i < text.length && isLabelChar(text.charCodeAt(i))) i++;
    return i;
  };
  let at = labelEnd(from);
  if (at === from) return -1;
  let end = -1;
  while (text.charCodeAt(at) === 46) {
    const start = at + 1;
    const stop = labelEnd(start);
    if (stop === start) break;
    let letters = start;
    while (letters < stop && isLetter(text.charCodeAt(letters))) letters++;
    if (letters - start >= 2) end = letters;
    at = stop;
  }
  return end;
}

/** Email spans, leftmost first and not overlapping, as a global regex match would give them. */
function emailSpans(text: string): PrivateSpan[] {
  const spans: PrivateSpan[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const end = domainEnd(text, at + 1);
    if (end < 0) continue;
    spans.push({ kind: 'email', start, end });
    floor = end;
  }
  return spans;
}
// Digit groups with phone-like separators, optional +country code and (area) code.
const PHONE_GROUPED =
  /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,5}){1,5}(?![\w-])/g;
const PHONE_PLAIN = /(?<![\w+.,])\+?\d{9,15}(?![\w.,]\d)/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+\.\d+$/;

/** Finds emails and phone numbers; spans are sorted and do not overlap. */
export function findPrivate(text: string): PrivateSpan[] {
  const spans = emailSpans(text);
  for (const re of [PHONE_GROUPED, PHONE_PLAIN]) {
    for (const m of text.matchAll(re)) {
      if (isPhone(m[0])) spans.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PrivateSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

// Plausible phone numbers have 7 to 15 digits; dates and decimals are not phones.
function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  return !ISO_DATE.test(candidate) && !DECIMAL.test(candidate);
}

/** True when the text holds an email address or a phone number. */
export function containsPrivate(text: string): boolean {
  return findPrivate(text).length > 0;
}

/**
 * Replaces every email with `[email]` and every phone number with `[phone]`,
 * or both with `mask` when given (features pass a space so no placeholder becomes a term).
 */
export function redact(text: string, mask?: string): string {
  const spans = findPrivate(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + (mask ?? (s.kind === 'email' ? '[email]' : '[phone]'));
    at = s.end;
  }
  return out + text.slice(at);
}

export { csvCell, csvRow, csvUnguard, type CsvValue } from './csv-cell';

export {
  SMALL_SEGMENT_MIN_PEOPLE,
  SMALL_SEGMENT_MIN_SHARE,
  isSmallSegment,
} from './small-segment';

// customer-key.ts (HMAC over node:crypto) is a subpath, `@persona-lab/privacy/customer-key`:
// the web app imports this index, and node:crypto must stay out of the browser bundle.
