/**
 * Event timestamps as exports write them, to epoch milliseconds (UTC), or null when unreadable:
 * ISO 8601 (a date and time without a zone is read as UTC), unix seconds, unix milliseconds
 * (digits, with or without a fraction), and RFC 2822 (`Tue, 01 Dec 2026 10:00:00 +0000`).
 * One file may mix them. Plausible years only (1990–2100), so a stray count is not a date.
 */
const MIN_MS = Date.UTC(1990, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);
/** Below this a number is unix seconds, at or above it unix milliseconds (1e11 s is the year 5138). */
const MS_FROM = 1e11;
const NUMERIC = /^\d+(\.\d+)?$/;
const NO_ZONE = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?))?$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[ T]/;

/** The number written by `s`'s characters `from` to `to` (exclusive), or -1 if one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The common shape read without a regular expression or `Date.parse` (most of the cost of a row
 * at 10M rows): `YYYY-MM-DD[T ]HH:MM:SS[.f to .fff][Z]`, fields in range; NaN for anything else,
 * which then goes the general way (same results: event-time.spec compares both on many strings).
 */
function plainIsoMs(s: string): number {
  const n = s.length;
  if (n < 19 || n > 24) return NaN;
  const sep = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32)) return NaN;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const end = s.charCodeAt(n - 1) === 90 ? n - 1 : n; // a trailing Z
  let ms = 0;
  if (end > 19) {
    const places = end - 20;
    if (s.charCodeAt(19) !== 46 || places < 1 || places > 3) return NaN;
    const fraction = digitsAt(s, 20, end);
    if (fraction < 0) return NaN;
    ms = places === 1 ? fraction * 100 : places === 2 ? fraction * 10 : fraction;
  }
  const [y, mo, d] = [digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10)];
  const [h, mi, sec] = [digitsAt(s, 11, 13), digitsAt(s, 14, 16), digitsAt(s, 17, 19)];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
    return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/** True when `s` is one to 15 digits (an integer a double holds exactly). */
function isShortInteger(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * {@link parseEventTime} as the decimal text of the epoch milliseconds, for COPY: an export's
 * unix milliseconds are passed on as written and its unix seconds with "000" appended, saving a
 * number-to-text conversion per row.
 */
export function eventTimeText(raw: string): string | null {
  const s = raw.trim();
  // Written without leading zeros, so the text passed on is the number's own (`0670…` is not).
  if (isShortInteger(s) && s.charCodeAt(0) !== 48) {
    const n = Number(s);
    const ms = n >= MS_FROM ? n : n * 1000;
    if (ms < MIN_MS || ms >= MAX_MS) return null;
    return n >= MS_FROM ? s : `${s}000`;
  }
  const ms = parseEventTime(s);
  return ms === null ? null : String(ms);
}

export function parseEventTime(raw: string): number | null {
  const s = raw.trim();
  if (!s) return null;
  const ms = plainIsoMs(s);
  return Number.isNaN(ms) ? generalEventTime(s) : plausible(ms);
}

/**
 * {@link parseEventTime} without the fast path: every shape by regular expression and
 * `Date.parse`. Exported for the spec that checks the fast path answers the same.
 */
export function generalEventTime(raw: string): number | null {
  const s = raw.trim();
  if (!s) return null;
  if (NUMERIC.test(s)) {
    const n = Number(s);
    return plausible(n >= MS_FROM ? n : n * 1000);
  }
  const local = NO_ZONE.exec(s);
  if (local) return plausible(Date.parse(`${local[1]}T${(local[2] ?? '00:00:00').replace(',', '.')}Z`));
  return plausible(Date.parse(ISO_LIKE.test(s) ? s.replace(' ', 'T') : s));
}

const plausible = (ms: number): number | null =>
  !Number.isFinite(ms) || ms < MIN_MS || ms >= MAX_MS ? null : Math.round(ms);
