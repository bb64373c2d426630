import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, gqlFrom, type TestApp } from '../../test/support/test-app';

// Two replicas on one database count in the same rate_limit rows: two replicas allow what one allows.

const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
const PUBLIC_SURVEY = 'query($s: String!) { publicSurvey(slug: $s) { title } }';
const env = { LOGIN_ATTEMPTS_PER_15_MIN: '3', PUBLIC_REQUESTS_PER_MINUTE: '4' };

let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  a = await createTestApp(env);
  b = await createTestApp(env, a.db);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('limits shared by replicas', () => {
  it('counts failed sign-ins on one replica against the next attempt on another', async () => {
    const { email } = await a.signUp();
    const wrong = { i: { email, password: 'not-the-password' } };
    for (const app of [a, b, a])
      expect(errorOf(await app.gql(LOG_IN, wrong)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await b.gql(LOG_IN, wrong)).code).toBe('TOO_MANY_REQUESTS');
    expect(errorOf(await a.gql(LOG_IN, wrong)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts public requests of one address across replicas', async () => {
    for (const app of [a, b, a, b]) {
      const res = await app.gql(PUBLIC_SURVEY, { s: 'no-such-survey' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.publicSurvey).toBeNull();
    }
    expect(errorOf(await a.gql(PUBLIC_SURVEY, { s: 'no-such-survey' })).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(errorOf(await b.gql(PUBLIC_SURVEY, { s: 'no-such-survey' })).code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('counts concurrent requests exactly, though they share statements (group commit of the counter)', async () => {
    // From an address of its own: 12 at once against a limit of 4 on two replicas.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gqlFrom(i % 2 ? a : b, '127.0.0.9', PUBLIC_SURVEY, { s: 'no-such-survey' }),
      ),
    );
    const served = answers.filter((r) => !r.errors);
    expect(served).toHaveLength(4);
    for (const r of answers.filter((x) => x.errors))
      expect(errorOf(r).code).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps the counters out of the write-ahead log, so a busy counter costs no fsync per request', async () => {
    const rows = await a.db.query<{ p: string }>(
      `SELECT relpersistence AS p FROM pg_class WHERE relname = 'rate_limit'`,
    );
    expect(rows).toEqual([{ p: 'u' }]);
  });

  it('keeps the counters in the rate_limit table, never the raw email or address', async () => {
    const rows = await a.db.query<{ key: string; points: number }>(
      'SELECT key, points FROM rate_limit',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.key.startsWith('public:') && r.points >= 4)).toBe(true);
    expect(rows.map((r) => r.key).join(' ')).not.toMatch(/@example\.com|127\.0\.0\.1/);
  });
});
