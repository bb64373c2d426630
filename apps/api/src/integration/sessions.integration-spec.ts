import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 17: change password, sign out everywhere, and an idle timeout beside the absolute one.

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
const ME = '{ me { email } }';
const PASSWORD = 'correct-horse-battery';
const NEW_PASSWORD = 'lantern tide gravel';

let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: '3' });
});
afterAll(async () => t?.close());

/** An account signed in on two clients. */
async function twoSessions(): Promise<{ email: string; here: string; there: string }> {
  const email = `sessions${++n}@example.com`;
  const here = (await t.gql(SIGN_UP, { i: { email, password: PASSWORD, name: 'Sam' } })).data!
    .signUp.token;
  const there = (await t.gql(LOG_IN, { i: { email, password: PASSWORD } })).data!.logIn.token;
  return { email, here, there };
}
const signedIn = async (token: string) =>
  (await t.gql(ME, {}, token)).data?.me?.email !== undefined;

describe('changePassword', () => {
  it('changes the password and signs out every other session, keeping this one', async () => {
    const { email, here, there } = await twoSessions();
    const res = await t.gql(
      CHANGE,
      { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
      here,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changePassword).toBe(true);
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(there)).toBe(false);
    expect(errorOf(await t.gql(LOG_IN, { i: { email, password: PASSWORD } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.gql(LOG_IN, { i: { email, password: NEW_PASSWORD } })).data?.logIn.token,
    ).toMatch(/^pl_/);
  });

  it('refuses a wrong current password, a weak or unchanged new one, changing nothing', async () => {
    const { email, here, there } = await twoSessions();
    const hash = async () =>
      (
        await t.db.query<{ h: string }>(
          'SELECT password_hash AS h FROM app_user WHERE email = $1',
          [email],
        )
      )[0].h;
    const before = await hash();
    for (const [input, field, message] of [
      [
        { currentPassword: 'not-the-password', newPassword: NEW_PASSWORD },
        'currentPassword',
        /current password is not right/,
      ],
      [
        { currentPassword: PASSWORD, newPassword: 'aaaaaaaaaa' },
        'newPassword',
        /too easy to guess/,
      ],
      [
        { currentPassword: PASSWORD, newPassword: '            ' },
        'newPassword',
        /not only spaces/,
      ],
      [
        { currentPassword: PASSWORD, newPassword: PASSWORD },
        'newPassword',
        /different from the current one/,
      ],
    ] as const) {
      const err = errorOf(await t.gql(CHANGE, { i: input }, here));
      expect(err).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(message),
      });
      expect(err.extensions.field).toBe(field);
    }
    expect(await hash()).toBe(before);
    expect(await signedIn(there)).toBe(true);
  });

  it('limits guesses of the current password through a session', async () => {
    const { here } = await twoSessions();
    for (let i = 0; i < 3; i++)
      await t.gql(
        CHANGE,
        { i: { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD } },
        here,
      );
    const err = errorOf(
      await t.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }, here),
    );
    expect(err.code).toBe('TOO_MANY_REQUESTS');
  });

  it('needs a signed-in caller', async () => {
    expect(
      errorOf(await t.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }))
        .code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('signOutEverywhere', () => {
  it('signs out every session of the account, this one included, and no one else', async () => {
    const { here, there } = await twoSessions();
    const other = await t.signUp();
    expect((await t.gql('mutation { signOutEverywhere }', {}, here)).data?.signOutEverywhere).toBe(
      true,
    );
    expect(await signedIn(here)).toBe(false);
    expect(await signedIn(there)).toBe(false);
    expect(await signedIn(other.token)).toBe(true);
  });
});

describe('idle timeout', () => {
  it('ends a session unused for SESSION_IDLE_HOURS (72 by default), and a used one stays alive', async () => {
    const { email, here, there } = await twoSessions();
    await t.db.query(
      `UPDATE session SET last_seen_at = now() - CASE WHEN id = (SELECT id FROM session s2 WHERE s2.user_id = session.user_id ORDER BY created_at LIMIT 1)
         THEN interval '73 hours' ELSE interval '71 hours' END
       WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    expect(await signedIn(here)).toBe(false);
    expect(await signedIn(there)).toBe(true);
    const seen = await t.db.query<{ idle: boolean }>(
      `SELECT last_seen_at > now() - interval '1 minute' AS idle FROM session WHERE user_id = (SELECT id FROM app_user WHERE email = $1) ORDER BY created_at`,
      [email],
    );
    expect(seen.map((s) => s.idle)).toEqual([false, true]);
  });

  it('follows SESSION_IDLE_HOURS', async () => {
    const short = await createTestApp({ SESSION_IDLE_HOURS: '1' });
    try {
      const user = await short.signUp();
      await short.db.query(
        `UPDATE session SET last_seen_at = now() - interval '61 minutes' WHERE user_id = $1`,
        [user.id],
      );
      expect(errorOf(await short.gql('{ workspaces { id } }', {}, user.token)).code).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await short.close();
    }
  });
});
