import { parseEventTime } from './event-time';

/** The two shapes of analytics export this lib reads. */
export type AnalyticsKind = 'EVENTS' | 'SUMMARY';

/** Which column means what, by header name (what the researcher confirms in the preview). */
export interface AnalyticsMapping {
  kind: AnalyticsKind;
  userColumn: string;
  /** EVENTS: the event's name. */
  eventColumn?: string | null;
  /** EVENTS: when it happened (ISO 8601, unix s/ms, RFC 2822; one file may mix them). */
  timeColumn?: string | null;
  /** EVENTS: optional JSON properties; read for the preview only, never stored. */
  propertiesColumn?: string | null;
  /** SUMMARY: the numeric per-user columns to keep (default: every numeric column). */
  metricColumns?: string[] | null;
  /** SUMMARY: the days the counts cover (default 28), to turn them into a frequency per week. */
  periodDays?: number | null;
}

/** The columns of a mapping as indices into the header. */
export interface ResolvedMapping {
  kind: AnalyticsKind;
  user: number;
  event: number;
  time: number;
  metrics: { index: number; name: string }[];
}

const USER = /^(user|user_?id|userid|distinct_?id|customer|customer_?id|account_?id|uid|person_?id|anonymous_?id|member_?id|client_?id|email)$/;
const EVENT = /^(event|event_?name|event_?type|action|activity|name|type)$/;
const TIME = /^(timestamp|time|ts|date|datetime|date_?time|event_?time|event_?timestamp|created_?at|occurred_?at|sent_?at|time_?stamp)$/;
const PROPS = /^(properties|props|event_?properties|attributes|context|data|metadata)$/;

const norm = (h: string): string => h.trim().toLowerCase().replace(/[\s-]+/g, '_');
const isNumber = (s: string): boolean => s.trim() !== '' && Number.isFinite(Number(s.trim()));

/** Share of the sample's non-blank cells of column `i` that `test` accepts (0 when all blank). */
function shareOf(rows: string[][], i: number, test: (s: string) => boolean): number {
  let n = 0;
  let ok = 0;
  for (const r of rows) {
    const v = r[i]?.trim();
    if (!v) continue;
    n++;
    if (test(v)) ok++;
  }
  return n ? ok / n : 0;
}

/**
 * A proposed mapping from the header and a few rows: names first (user_id, event, timestamp,
 * properties…), then the values (the column whose cells read as dates is the time). With an
 * event and a time column it is an events export; else a user column and numeric columns make
 * a per-user summary. `null` for a column nothing fits; the preview shows what is missing.
 */
export function proposeMapping(header: string[], rows: string[][]): AnalyticsMapping | null {
  const names = header.map(norm);
  const find = (re: RegExp, taken: Set<number>): number =>
    names.findIndex((n, i) => !taken.has(i) && re.test(n));
  const taken = new Set<number>();
  let user = find(USER, taken);
  if (user >= 0) taken.add(user);
  let time = find(TIME, taken);
  if (time < 0 || shareOf(rows, time, (s) => parseEventTime(s) !== null) < 0.8)
    time = names.findIndex(
      (_, i) =>
        !taken.has(i) &&
        shareOf(rows, i, (s) => parseEventTime(s) !== null && !/^\d{1,9}$/.test(s)) >= 0.8,
    );
  if (time >= 0) taken.add(time);
  let event = find(EVENT, taken);
  const props = find(PROPS, taken);
  if (props >= 0) taken.add(props);
  if (event >= 0) taken.add(event);
  // Unnamed columns: the first free one is the user, the next free text column the event.
  if (user < 0) user = names.findIndex((_, i) => !taken.has(i));
  if (user >= 0) taken.add(user);
  if (event < 0 && time >= 0)
    event = names.findIndex((_, i) => !taken.has(i) && shareOf(rows, i, isNumber) < 0.5);
  if (user < 0) return null;
  if (time >= 0 && event >= 0)
    return {
      kind: 'EVENTS',
      userColumn: header[user],
      eventColumn: header[event],
      timeColumn: header[time],
      propertiesColumn: props >= 0 ? header[props] : null,
    };
  const metrics = header.filter((_, i) => i !== user && shareOf(rows, i, isNumber) >= 0.9);
  if (metrics.length === 0) return null;
  return { kind: 'SUMMARY', userColumn: header[user], metricColumns: metrics };
}

/** A mapping the file cannot satisfy, in words the researcher can act on. */
export class MappingError extends Error {}

/** The mapping's columns as indices into `header`; a missing or doubled column is a MappingError. */
export function resolveMapping(header: string[], mapping: AnalyticsMapping): ResolvedMapping {
  const trimmed = header.map((h) => h.trim());
  const at = (name: string | null | undefined, what: string, required: boolean): number => {
    if (!name) {
      if (required) throw new MappingError(`Choose the column that holds the ${what}.`);
      return -1;
    }
    const i = trimmed.indexOf(name.trim());
    if (i < 0) throw new MappingError(`The file has no column “${name}” (for the ${what}).`);
    return i;
  };
  const user = at(mapping.userColumn, 'user id', true);
  if (mapping.kind === 'EVENTS') {
    const event = at(mapping.eventColumn, 'event name', true);
    const time = at(mapping.timeColumn, 'timestamp', true);
    if (new Set([user, event, time]).size < 3)
      throw new MappingError('The user id, event name and timestamp must be three different columns.');
    return { kind: 'EVENTS', user, event, time, metrics: [] };
  }
  const wanted = mapping.metricColumns?.length
    ? mapping.metricColumns
    : trimmed.filter((_, i) => i !== user);
  const metrics = wanted.map((name) => ({ index: at(name, 'measure', true), name: name.trim() }));
  if (metrics.length === 0) throw new MappingError('Choose at least one numeric column to keep.');
  if (metrics.some((m) => m.index === user))
    throw new MappingError('The user id column cannot also be a measure.');
  return { kind: 'SUMMARY', user, event: -1, time: -1, metrics };
}

/** How a summary column is read: days since (recency), a share of sessions, else a count over the period. */
export function metricRole(column: string): 'COUNT' | 'RECENCY' | 'SHARE' {
  const n = norm(column);
  if (/(days?_since|recency|days?_ago|inactive_days|last_seen_days|days_inactive)/.test(n)) return 'RECENCY';
  if (/(share|ratio|percent|pct|_rate)$|^(share|pct|percent)_/.test(n)) return 'SHARE';
  return 'COUNT';
}
