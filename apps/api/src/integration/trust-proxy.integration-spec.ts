import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, gqlFrom, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 7: X-Forwarded-For was trusted from any loopback, private or link-local peer, so a
// client rotating the header escaped the sign-in and public limits. Now only the proxies TRUST_PROXY
// names may set the client IP; by default the socket's address is the client IP.

const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
const PUBLIC = 'query($s: String!) { publicSurvey(slug: $s) { title } }';
const ATTEMPTS = 3;
const PER_MINUTE = 4;
const env = {
  LOGIN_ATTEMPTS_PER_15_MIN: String(ATTEMPTS),
  PUBLIC_REQUESTS_PER_MINUTE: String(PER_MINUTE),
};

let n = 0;
/** A different forwarded address on every call, as the reviewer's script sent. */
const rotating = () => ({ 'x-forwarded-for': `203.0.113.${++n % 250}` });

async function loginCodes(t: TestApp, from: string, tries: number): Promise<string[]> {
  const email = `target${++n}@example.com`;
  const codes: string[] = [];
  for (let i = 0; i < tries; i++)
    codes.push(
      errorOf(await gqlFrom(t, from, LOG_IN, { i: { email, password: 'guess-' + i } }, rotating()))
        .code,
    );
  return codes;
}

async function publicAnswers(t: TestApp, from: string, count: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await gqlFrom(t, from, PUBLIC, { s: 'no-such-survey' }, rotating());
    out.push(res.errors?.[0]?.extensions?.code ?? 'OK');
  }
  return out;
}

describe('TRUST_PROXY unset (the default): X-Forwarded-For is ignored', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(env);
  });
  afterAll(async () => t?.close());

  it('a rotating X-Forwarded-For does not escape the sign-in limit', async () => {
    const codes = await loginCodes(t, '127.0.0.41', ATTEMPTS + 1);
    expect(codes.slice(0, ATTEMPTS)).toEqual(Array(ATTEMPTS).fill('UNAUTHENTICATED'));
    expect(codes[ATTEMPTS]).toBe('TOO_MANY_REQUESTS');
  });

  it('a rotating X-Forwarded-For does not escape the public rate limit', async () => {
    const answers = await publicAnswers(t, '127.0.0.42', PER_MINUTE + 2);
    expect(answers.slice(0, PER_MINUTE)).toEqual(Array(PER_MINUTE).fill('OK'));
    expect(answers.slice(PER_MINUTE)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});

describe('TRUST_PROXY=loopback: a proxy on loopback sets the client IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...env, TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => t?.close());

  it('counts sign-in failures per forwarded address', async () => {
    expect(await loginCodes(t, '127.0.0.43', ATTEMPTS + 1)).toEqual(
      Array(ATTEMPTS + 1).fill('UNAUTHENTICATED'),
    );
  });

  it('counts public requests per forwarded address, and one forwarded address is still limited', async () => {
    expect(await publicAnswers(t, '127.0.0.44', PER_MINUTE + 2)).toEqual(
      Array(PER_MINUTE + 2).fill('OK'),
    );
    const fixed = { 'x-forwarded-for': '198.51.100.7' };
    const codes: string[] = [];
    for (let i = 0; i <= PER_MINUTE; i++)
      codes.push(
        (await gqlFrom(t, '127.0.0.44', PUBLIC, { s: 'no-such-survey' }, fixed)).errors?.[0]
          ?.extensions?.code ?? 'OK',
      );
    expect(codes[PER_MINUTE]).toBe('TOO_MANY_REQUESTS');
  });
});
