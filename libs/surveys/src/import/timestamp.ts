/**
 * Dates and times as survey tools export them: Google Forms ("12/13/2019
 * 9:50:30", "2019/12/13 11:45:12 AM GMT+1"), SurveyGizmo and Typeform
 * ("2015-12-15 17:55:06"), Qualtrics and APIs (ISO 8601), and US-style
 * "Dec 13, 2019 11:45:12".
 */
import { isIsoDate } from '@persona-lab/survey-logic';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Year first (2019-12-13, 2019/12/13), month first (12/13/2019) or month name (Dec 13, 2019).
const DATE_PARTS = [
  { re: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/, order: [1, 2, 3] },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/, order: [3, 1, 2] },
  { re: /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/i, order: [3, 1, 2] },
] as const;

// What may follow the date: a time with optional seconds, fraction and AM/PM, then a zone.
const TIME_AND_ZONE =
  /^(?:(?:T|,?\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?m\.?)?)?\s*(z|(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?|gmt|utc)?$/i;

/** Longer cells are never read as timestamps (see parseTimestamp). */
const MAX_TIMESTAMP_LENGTH = 80;

interface CalendarDay {
  iso: string;
  year: number;
  month: number;
  day: number;
  rest: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads the date at the start of `text`; `rest` is what follows it. */
function readDay(text: string): CalendarDay | null {
  for (const { re, order } of DATE_PARTS) {
    const match = re.exec(text);
    if (!match) continue;
    const [y, m, d] = order.map((i) => match[i]);
    const month = /^\d+$/.test(m) ? Number(m) : MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;
    const [year, day] = [Number(y), Number(d)];
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    // isIsoDate also rejects month 0 (an unknown month name) and days like Feb 30.
    if (!isIsoDate(iso)) return null;
    return { iso, year, month, day, rest: text.slice(match[0].length) };
  }
  return null;
}

/**
 * A calendar date written YYYY-MM-DD or M/D/YYYY (US order, as Google Forms
 * writes it), as `YYYY-MM-DD`; null for anything else or an impossible date.
 *
 * @param text - one trimmed cell
 */
export function parseCalendarDate(text: string): string | null {
  if (text.length > MAX_TIMESTAMP_LENGTH) return null;
  if (!/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)) return null;
  return readDay(text)?.iso ?? null;
}

/**
 * A submission time as survey tools export it. Without a zone the time is
 * read as UTC, because exports do not say which zone the form used.
 *
 * @param text - one cell of a timestamp column
 * @returns the instant, or null when the text is not a date (with optional time)
 */
export function parseTimestamp(text: string): Date | null {
  // The longest real timestamp ("September 13, 2019 11:45:12.123456789 PM GMT+01:00") is under
  // 60 characters; the cap keeps the adjacent optional spaces of TIME_AND_ZONE from going
  // quadratic on a cell of 60,000 spaces (a 2 s stall before).
  if (text.length > MAX_TIMESTAMP_LENGTH) return null;
  const trimmed = text.trim();
  const day = readDay(trimmed);
  // Date.UTC maps years 0-99 to 1900-1999; survey exports never have such years.
  if (!day || day.year < 100) return null;
  const match = TIME_AND_ZONE.exec(day.rest);
  if (!match) return null;
  const [, h, mi, s, frac, ampm, , sign, zh, zm] = match;
  let hour = Number(h ?? 0);
  const [minute, second] = [Number(mi ?? 0), Number(s ?? 0)];
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0)) : 0;
  const utc = Date.UTC(day.year, day.month - 1, day.day, hour, minute, second, ms);
  return new Date(utc - offset * 60_000);
}
