import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 14: passwords of ten spaces or `aaaaaaaaaa` were accepted.

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }';

let t: TestApp;
let n = 0;
const users = async () =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user'))[0].n;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('weak passwords at sign-up', () => {
  it.each([
    ['ten spaces', '          ', /not only spaces/],
    ['a repeated letter', 'aaaaaaaaaa', /too easy to guess/],
    ['a common password', 'password1234', /too easy to guess/],
    ['a keyboard row', 'qwertyuiop', /too easy to guess/],
    ['a digit sequence', '1234567890', /too easy to guess/],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, password, message) => {
    const before = await users();
    const err = errorOf(
      await t.gql(SIGN_UP, { i: { email: `weak${++n}@example.com`, password, name: 'Weak' } }),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    expect(err.extensions.field).toBe('password');
    expect(await users()).toBe(before);
  });

  it('refuses a password made of the email', async () => {
    const email = 'marigold.tanaka@example.com';
    const err = errorOf(
      await t.gql(SIGN_UP, { i: { email, password: 'marigoldtanaka', name: 'Marigold Tanaka' } }),
    );
    expect(err.code).toBe('BAD_USER_INPUT');
  });

  it('accepts a password of a few unrelated words', async () => {
    const res = await t.gql(SIGN_UP, {
      i: { email: `strong${++n}@example.com`, password: 'tide pool lantern', name: 'Strong' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.token).toMatch(/^pl_/);
  });
});
