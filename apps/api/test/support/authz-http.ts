import { Client } from 'pg';
import type { TestApp } from './test-app';

/**
 * Raw HTTP helpers for the access-control and hostile-input suites: requests
 * with any body, timing, a leak check and row counts of every table.
 */

/** What must never reach a client: stack frames, file paths, SQL, driver errors. */
export const LEAK = /\n\s+at\s|node_modules|\.ts:\d|SELECT\s|INSERT\s|relation "|QueryFailedError/i;

/** The codes an API client may see for a refused request (INTERNAL_SERVER_ERROR is a bug for client input). */
export const CLIENT_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'];

export interface RawAnswer {
  status: number;
  text: string;
  body: any;
  ms: number;
}

export interface Stats {
  requests: number;
  maxMs: number;
  slowest: string;
  /** The five slowest requests, slowest first. */
  top: { label: string; ms: number }[];
}

export const newStats = (): Stats => ({ requests: 0, maxMs: 0, slowest: '', top: [] });

export const describeStats = (s: Stats) =>
  `${s.requests} requests; max latency ${s.maxMs.toFixed(0)} ms (${s.slowest}); slowest: ${s.top.map((x) => `${x.label} ${x.ms.toFixed(0)} ms`).join(' | ')}`;

/** Sends `body` as is to /graphql and records the time in `stats`. */
export async function rawGraphql(
  t: TestApp,
  stats: Stats,
  label: string,
  body: string | Buffer,
  init: { headers?: Record<string, string>; method?: string; query?: string } = {},
): Promise<RawAnswer> {
  const url = `${t.url.replace('[::1]', '127.0.0.1')}/graphql${init.query ? `?${init.query}` : ''}`;
  const started = performance.now();
  const get = init.method === 'GET' || init.method === 'HEAD';
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { ...(get ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: get ? undefined : (body as unknown as BodyInit),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  stats.requests++;
  if (ms > stats.maxMs) {
    stats.maxMs = ms;
    stats.slowest = label;
  }
  stats.top = [...stats.top, { label, ms }].sort((a, b) => b.ms - a.ms).slice(0, 5);
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: judged by status */
  }
  return { status: res.status, text, body: parsed, ms };
}

/** Sends a GraphQL request with variables as JSON. */
export function postGraphql(t: TestApp, stats: Stats, label: string, query: string, variables?: unknown, token?: string) {
  return rawGraphql(t, stats, label, JSON.stringify({ query, variables }), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Every string inside `value`, for removing echoes of what the client sent. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/** The answer text without the strings the client sent (an echo of input is not a leak). */
export function withoutEcho(text: string, sent: unknown): string {
  let out = text;
  const echoes = stringsIn(sent)
    .filter((s) => s.length >= 3)
    .flatMap((s) => [JSON.stringify(s).slice(1, -1), s, s.toLowerCase(), JSON.stringify(s.toLowerCase()).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  for (const e of echoes) out = out.split(e).join('');
  return out;
}

/** The first match of LEAK in the answer (echoes of input removed), or null. */
export function leakIn(text: string, sent?: unknown): string | null {
  const m = LEAK.exec(withoutEcho(text, sent));
  return m ? withoutEcho(text, sent).slice(Math.max(0, m.index - 80), m.index + 120) : null;
}

export const TABLES = [
  'app_user', 'session', 'workspace', 'membership', 'study', 'survey', 'survey_version', 'invitation', 'response', 'participant',
  'interview', 'transcript_segment', 'code', 'highlight', 'coding_run', 'theme_run', 'theme', 'synthesis_run', 'persona', 'persona_version', 'review',
  'persona_comment', 'audit_event',
] as const;

export type Sql = <T = Record<string, any>>(text: string, params?: unknown[]) => Promise<T[]>;

/** One connection kept open for the whole file (t.db.query connects anew each time, which is slow). */
export async function openSql(t: TestApp): Promise<{ sql: Sql; close: () => Promise<void> }> {
  const client = new Client({ connectionString: t.db.url });
  await client.connect();
  const sql: Sql = async (text, params = []) => (await client.query(text, params)).rows;
  return { sql, close: () => client.end() };
}

/** Row counts of every table, in one query. */
export async function rowCounts(sql: Sql): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(`SELECT ${TABLES.map((n) => `(SELECT count(*)::int FROM ${n}) AS ${n}`).join(', ')}`);
  return row;
}

/** The tables whose row count differs, e.g. { response: [12, 13] }. */
export function changedCounts(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(TABLES.filter((n) => before[n] !== after[n]).map((n) => [n, [before[n], after[n]]]));
}

/** The code of the first error in a GraphQL body, or null. */
export const codeOf = (body: any): string | null => (body?.errors?.length ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : null);

export interface Judged {
  refused: boolean;
  code: string | null;
  problems: string[];
}

/**
 * The rules every answer to a hostile request must follow: no 5xx, every error
 * with a client code (INTERNAL_SERVER_ERROR is a bug for client input), nothing
 * internal in the text, and no rows changed when the request was refused.
 */
export function judge(answer: RawAnswer, sent: unknown, counts?: { before: Record<string, number>; after: Record<string, number> }): Judged {
  const problems: string[] = [];
  const errors: any[] = Array.isArray(answer.body?.errors) ? answer.body.errors : [];
  const refused = answer.status >= 400 || errors.length > 0;
  const code = errors.length ? (errors[0]?.extensions?.code ?? 'NO_CODE') : answer.status >= 400 ? `HTTP_${answer.status}` : null;
  const shown = () => `HTTP ${answer.status} ${answer.text.slice(0, 700)}`;
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}: ${shown()}`);
  if (answer.status >= 400 && answer.body && !errors.length) problems.push(`HTTP ${answer.status} without a GraphQL error: ${shown()}`);
  for (const e of errors) if (!CLIENT_CODES.includes(e?.extensions?.code)) problems.push(`error code ${e?.extensions?.code}: ${shown()}`);
  const leak = leakIn(answer.text, sent);
  if (leak) problems.push(`internals in the answer: …${leak}…`);
  if (refused && counts) {
    const changed = changedCounts(counts.before, counts.after);
    if (Object.keys(changed).length) problems.push(`refused but rows changed: ${JSON.stringify(changed)}`);
  }
  return { refused, code, problems };
}
