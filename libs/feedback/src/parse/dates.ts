import type { DayOrder } from './types';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;
const RFC2822 =
  /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[+-]\d{4}|GMT|UTC|UT|[ECMP][SD]T|Z)?$/;
const UNIX = /^\d{9,13}(?:\.\d+)?$/;

/** A UTC date from parts, or null when they name no real day (31 February, month 13…). */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/**
 * Decides, from a column's values, whether its slashed dates are month-first (US m/d/yyyy) or
 * day-first (d/m/yyyy): a first number above 12 means day-first, a second above 12 month-first;
 * when nothing decides (all ≤ 12) month-first is assumed and `decided` is false.
 */
export function detectDayOrder(values: Iterable<string>): { order: DayOrder; decided: boolean; conflicting: boolean } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const v of values) {
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  return {
    order: dayFirst > monthFirst ? 'DMY' : 'MDY',
    decided: dayFirst + monthFirst > 0,
    conflicting: dayFirst > 0 && monthFirst > 0,
  };
}

/**
 * Reads a date as exports write it: ISO 8601 (with or without a zone; none means UTC), RFC 2822
 * ("Mon, 03 Mar 2025 14:02:00 +0000"), slashed m/d/yyyy or d/m/yyyy (by `order`), unix seconds or
 * milliseconds. Returns null for an empty cell, `undefined` for one it cannot read.
 */
export function parseDate(value: string | number | null | undefined, order: DayOrder = 'MDY'): Date | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? fromUnix(value) : undefined;
  const v = value.trim();
  if (!v) return null;
  if (UNIX.test(v)) return fromUnix(Number(v));
  let m = ISO.exec(v);
  if (m) {
    const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
    const local = utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms);
    if (!local) return undefined;
    const zone = m[8]?.toUpperCase();
    if (!zone || zone === 'Z' || zone === 'UTC' || zone === 'GMT') return local;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return new Date(local.getTime() - offset * 60_000);
  }
  m = SLASHED.exec(v);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [month, day] = order === 'MDY' ? [a, b] : [b, a];
    let year = Number(m[3]);
    if (m[3].length === 2) year += year < 70 ? 2000 : 1900;
    let hour = Number(m[4] ?? 0);
    const ampm = m[7]?.toUpperCase();
    if (ampm === 'PM' && hour < 12) hour += 12;
    if (ampm === 'AM' && hour === 12) hour = 0;
    return utc(year, month, day, hour, Number(m[5] ?? 0), Number(m[6] ?? 0)) ?? undefined;
  }
  if (RFC2822.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : new Date(t);
  }
  return undefined;
}

/** Unix time in seconds (≤ 10 integer digits) or milliseconds (more). */
function fromUnix(n: number): Date | undefined {
  const ms = Math.abs(n) >= 1e11 ? n : n * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
