import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, gqlFrom, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 8: wrong passwords from strangers must not lock the real user out. Clients
// connect from different loopback addresses (127.0.0.x), which is what the server sees as their IP.

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token deviceToken } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token deviceToken } }';
const PASSWORD = 'correct-horse-battery';
const ATTEMPTS = 3;

let t: TestApp;
let n = 0;

const logIn = (from: string, email: string, password: string, deviceToken?: string) =>
  gqlFrom(t, from, LOG_IN, { i: { email, password, ...(deviceToken ? { deviceToken } : {}) } });

async function account(): Promise<{ email: string; deviceToken: string }> {
  const email = `victim${++n}@example.com`;
  const res = await gqlFrom(t, '127.0.0.1', SIGN_UP, {
    i: { email, password: PASSWORD, name: 'Victim' },
  });
  return { email, deviceToken: res.data!.signUp.deviceToken };
}

/** Time passes: every sign-in window and block ends (the record of earlier blocks stays). */
const windowsEnd = () =>
  t.db.query(`UPDATE rate_limit SET expire = 1 WHERE key NOT LIKE 'login\\_strikes:%'`);

beforeAll(async () => {
  t = await createTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: String(ATTEMPTS) });
});
afterAll(async () => t?.close());

describe('sign-in throttling a stranger cannot turn against an account', () => {
  it('blocks the guessing address, not the account: the user signs in from elsewhere', async () => {
    const { email } = await account();
    for (let i = 0; i < ATTEMPTS; i++)
      expect(errorOf(await logIn('127.0.0.2', email, 'guess-' + i)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await logIn('127.0.0.2', email, 'one-more-guess')).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(errorOf(await logIn('127.0.0.2', email, PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
    const res = await logIn('127.0.0.3', email, PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.logIn.token).toMatch(/^pl_/);
    expect(res.data?.logIn.deviceToken).toMatch(/^pld_/);
  });

  it('lets a client that signed in before in while guesses from many addresses throttle new clients', async () => {
    const { email, deviceToken } = await account();
    // 5 × ATTEMPTS failures for the account from new clients, from addresses that each stay under their own limits.
    for (let host = 10; host < 10 + 5 * ATTEMPTS; host++) {
      expect(errorOf(await logIn(`127.0.0.${host}`, email, 'guess')).code).toBe('UNAUTHENTICATED');
    }
    const fresh = errorOf(await logIn('127.0.0.4', email, PASSWORD));
    expect(fresh.code).toBe('TOO_MANY_REQUESTS');
    expect(fresh.message).toMatch(/device that signed in to it before still can/);
    const known = await logIn('127.0.0.4', email, PASSWORD, deviceToken);
    expect(known.errors).toBeUndefined();
    expect(known.data?.logIn.deviceToken).toBe(deviceToken);
  });

  it('lets a known device in from the very address that is blocked for guessing', async () => {
    const { email, deviceToken } = await account();
    for (let i = 0; i <= ATTEMPTS; i++) await logIn('127.0.0.5', email, 'guess');
    expect(errorOf(await logIn('127.0.0.5', email, PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
    expect((await logIn('127.0.0.5', email, PASSWORD, deviceToken)).data?.logIn.token).toMatch(
      /^pl_/,
    );
  });

  it("counts a device token only for its own account, and throttles a known device's own failures", async () => {
    const victim = await account();
    const other = await account();
    for (let i = 0; i < ATTEMPTS; i++)
      await logIn('127.0.0.6', victim.email, 'guess', other.deviceToken);
    expect(errorOf(await logIn('127.0.0.6', victim.email, PASSWORD, other.deviceToken)).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    for (let i = 0; i < ATTEMPTS; i++)
      await logIn('127.0.0.7', victim.email, 'guess', victim.deviceToken);
    expect(errorOf(await logIn('127.0.0.7', victim.email, PASSWORD, victim.deviceToken)).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    // The device's block is its own: the same user from a fresh client elsewhere is not blocked.
    expect((await logIn('127.0.0.8', victim.email, PASSWORD)).data?.logIn.token).toMatch(/^pl_/);
  });

  it('limits one address across accounts', async () => {
    const codes: string[] = [];
    for (let i = 0; i <= 5 * ATTEMPTS; i++)
      codes.push(errorOf(await logIn('127.0.0.9', `nobody${i}@example.com`, 'guess')).code);
    expect(codes.slice(0, 5 * ATTEMPTS).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[5 * ATTEMPTS]).toBe('TOO_MANY_REQUESTS');
  });

  it('makes each block twice as long as the one before', async () => {
    const { email } = await account();
    const blockAfterGuesses = async () => {
      for (let i = 0; i < ATTEMPTS; i++)
        expect(errorOf(await logIn('127.0.0.30', email, 'guess')).code).toBe('UNAUTHENTICATED');
      return errorOf(await logIn('127.0.0.30', email, 'guess')).message;
    };
    expect(await blockAfterGuesses()).toMatch(/Wait 15 minutes/);
    expect(errorOf(await logIn('127.0.0.30', email, PASSWORD)).message).toMatch(/Wait 15 minutes/);
    await windowsEnd();
    expect(await blockAfterGuesses()).toMatch(/Wait 30 minutes/);
    await windowsEnd();
    expect(await blockAfterGuesses()).toMatch(/Wait 60 minutes/);
  });

  it('forgets the failures of an address and account after a right password', async () => {
    const { email } = await account();
    for (let i = 0; i < ATTEMPTS - 1; i++) await logIn('127.0.0.31', email, 'guess');
    expect((await logIn('127.0.0.31', email, PASSWORD)).data?.logIn.token).toMatch(/^pl_/);
    for (let i = 0; i < ATTEMPTS; i++)
      expect(errorOf(await logIn('127.0.0.31', email, 'guess')).code).toBe('UNAUTHENTICATED');
  });
});
