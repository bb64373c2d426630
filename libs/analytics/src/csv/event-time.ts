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

export function parseEventTime(raw: string): number | null {
  const s = raw.trim();
  if (!s) return null;
  let ms: number;
  if (NUMERIC.test(s)) {
    const n = Number(s);
    ms = n >= MS_FROM ? n : n * 1000;
  } else {
    const local = NO_ZONE.exec(s);
    if (local) ms = Date.parse(`${local[1]}T${(local[2] ?? '00:00:00').replace(',', '.')}Z`);
    else ms = Date.parse(ISO_LIKE.test(s) ? s.replace(' ', 'T') : s);
  }
  if (!Number.isFinite(ms) || ms < MIN_MS || ms >= MAX_MS) return null;
  return Math.round(ms);
}
