import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSmtp, startTestSmtp } from '@persona-lab/mail/testing';
import { createTestApp, errorOf, gqlFrom, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 17 (the part that needed mail): password reset by email. A single-use link,
// valid one hour, only its hash stored; resetting signs out every session; no enumeration.

const PUBLIC_URL = 'http://persona.test:8080';
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
const PASSWORD = 'correct-horse-battery';
const NEW_PASSWORD = 'lantern tide gravel orbit';

let t: TestApp;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // 4 attempts: 2 reset mails per email and 8 per client address every 15 minutes.
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, LOGIN_ATTEMPTS_PER_15_MIN: '4' });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const resetMails = (email: string) =>
  smtp.messages.filter((m) => m.to === email && /reset-password/.test(m.text));
async function mailedToken(email: string, since = 0): Promise<string> {
  const mail = await smtp.waitFor(
    (m) => m.to === email && smtp.messages.indexOf(m) >= since && /reset-password/.test(m.text),
    20_000,
  );
  expect(mail.subject).toBe('Reset your Persona Lab password');
  const match = /http:\/\/persona\.test:8080\/reset-password\/(plr_[A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no reset link in ${mail.text}`);
  expect(mail.html).toContain(`${PUBLIC_URL}/reset-password/${match[1]}`);
  return match[1];
}
const signedIn = async (token: string) =>
  (await t.gql('{ me { id } }', {}, token)).data?.me?.id !== undefined;
const logIn = (email: string, password: string, from = '127.0.0.1') =>
  gqlFrom(t, from, LOG_IN, { i: { email, password } });

describe('password reset by email', () => {
  it('mails a link; resetting sets the password, signs out every session, and the link works once', async () => {
    const account = await t.signUp('Rita Reset');
    const other = (await logIn(account.email, PASSWORD)).data!.logIn.token as string;
    expect(
      (await t.gql(REQUEST, { e: `  ${account.email.toUpperCase()} ` })).data?.requestPasswordReset,
    ).toBe(true);
    const token = await mailedToken(account.email);
    const [row] = await t.db.query<{ token_hash: string; minutes: number }>(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at) / 60 AS minutes FROM password_reset WHERE user_id = $1`,
      [account.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(Number(row.minutes)).toBeCloseTo(60, 3);

    // The password rules apply, and a refused reset keeps the link and the sessions.
    for (const [weak, message] of [
      ['aaaaaaaaaa', /too easy to guess/],
      ['short', /at least 10 characters/],
      ['Rita Reset 1', /too easy to guess/],
    ] as const) {
      const err = errorOf(await t.gql(RESET, { t: token, p: weak }));
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.field).toBe('newPassword');
      expect(err.message).toMatch(message);
    }
    expect(await signedIn(account.token)).toBe(true);

    expect((await t.gql(RESET, { t: token, p: NEW_PASSWORD })).data?.resetPassword).toBe(true);
    expect(await signedIn(account.token)).toBe(false);
    expect(await signedIn(other)).toBe(false);
    expect(errorOf(await t.gql('{ workspaces { id } }', {}, other)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await logIn(account.email, PASSWORD)).code).toBe('UNAUTHENTICATED');
    expect((await logIn(account.email, NEW_PASSWORD)).data?.logIn.token).toMatch(/^pl_/);

    const reused = errorOf(await t.gql(RESET, { t: token, p: 'another fine password 42' }));
    expect(reused.code).toBe('CONFLICT');
    expect(reused.extensions.reason).toBe('USED');
    expect(reused.message).toMatch(/^This reset link was used already\./);
    expect((await logIn(account.email, NEW_PASSWORD)).data?.logIn.token).toMatch(/^pl_/);
  });

  it('answers true for an unknown address and sends nothing', async () => {
    const unknown = `nobody-${randomUUID()}@example.com`;
    const known = await t.signUp('Kai Known');
    const a = await t.gql(REQUEST, { e: unknown });
    const b = await t.gql(REQUEST, { e: known.email });
    expect(a).toEqual(b);
    expect(a.data?.requestPasswordReset).toBe(true);
    await mailedToken(known.email);
    expect(smtp.messages.filter((m) => m.to === unknown)).toEqual([]);
    expect(
      (
        await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1',
          [unknown],
        )
      )[0].n,
    ).toBe(0);
  });

  it('an expired link is refused (CONFLICT, reason EXPIRED); an unknown one is NOT_FOUND; nothing changes', async () => {
    const account = await t.signUp('Eli Expired');
    await t.gql(REQUEST, { e: account.email });
    const token = await mailedToken(account.email);
    await t.db.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [account.id],
    );
    const expired = errorOf(await t.gql(RESET, { t: token, p: NEW_PASSWORD }));
    expect(expired).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'EXPIRED' } });
    expect(expired.message).toMatch(/^This reset link has expired/);
    const unknown = errorOf(await t.gql(RESET, { t: `plr_${'x'.repeat(43)}`, p: NEW_PASSWORD }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'INVALID' } });
    expect(await signedIn(account.token)).toBe(true);
    expect((await logIn(account.email, PASSWORD)).data?.logIn.token).toMatch(/^pl_/);
  });

  it('a newer link does not revive an older one after a reset: every open link of the account is used up', async () => {
    const account = await t.signUp('Nia Newer');
    await t.gql(REQUEST, { e: account.email });
    const first = await mailedToken(account.email);
    const since = smtp.messages.length;
    await t.gql(REQUEST, { e: account.email });
    const second = await mailedToken(account.email, since);
    expect(second).not.toBe(first);
    expect((await t.gql(RESET, { t: second, p: NEW_PASSWORD })).data?.resetPassword).toBe(true);
    expect(
      errorOf(await t.gql(RESET, { t: first, p: 'yet another good password 7' })).extensions.reason,
    ).toBe('USED');
  });

  it('is limited per email and per client address, alike for known and unknown addresses', async () => {
    const known = await t.signUp('Lim Limited');
    const unknown = `nobody-${randomUUID()}@example.com`;
    for (const email of [known.email, unknown]) {
      // Two per email from one address; the third is refused, from any address.
      for (let i = 0; i < 2; i++)
        expect(
          (await gqlFrom(t, '127.0.0.21', REQUEST, { e: email })).data?.requestPasswordReset,
        ).toBe(true);
      const refused = errorOf(await gqlFrom(t, '127.0.0.22', REQUEST, { e: email }));
      expect(refused.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.message).toMatch(/^Too many password reset requests\..*Wait \d+ minutes?/);
    }
    await smtp.waitFor(() => resetMails(known.email).length >= 2, 20_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(resetMails(known.email)).toHaveLength(2);
    // Eight per client address over all emails.
    const from = '127.0.0.23';
    for (let i = 0; i < 8; i++)
      expect(
        (await gqlFrom(t, from, REQUEST, { e: `many-${i}-${randomUUID()}@example.com` })).errors,
      ).toBeUndefined();
    expect(
      errorOf(await gqlFrom(t, from, REQUEST, { e: `one-more-${randomUUID()}@example.com` })).code,
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses what is not an email address', async () => {
    expect(errorOf(await t.gql(REQUEST, { e: 'not an email' })).code).toBe('BAD_USER_INPUT');
  });
});
