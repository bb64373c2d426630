import { describe, expect, it } from 'vitest';
import { DomainError } from '@persona-lab/errors';
import { assertStrongPassword } from './password-policy';

const refusal = (password: string, context: string[] = []) => {
  try {
    assertStrongPassword(password, context);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as Error).message;
  }
};

describe('assertStrongPassword', () => {
  it.each(['          ', '\t\t\t\t\t\t\t\t\t\t', '\u00a0'.repeat(12)])(
    'refuses a password of only spaces (%j)',
    (pw) => {
      expect(refusal(pw)).toMatch(/not only spaces/);
    },
  );

  it.each([
    'aaaaaaaaaa',
    'password123',
    'qwertyuiop',
    '1234567890',
    'iloveyou12',
    'Password1!',
    'trustno1trustno1',
    'personalab1',
  ])('refuses the common or patterned %s', (pw) => {
    expect(refusal(pw)).toMatch(/too easy to guess/);
  });

  it("refuses a password made of the account's name and email", () => {
    const account = ['marigold.tanaka@example.com', 'Marigold Tanaka'];
    expect(refusal('marigoldtanaka', account)).toMatch(/too easy to guess/);
    expect(refusal('marigold.tanaka@example.com', account)).toMatch(/too easy to guess/);
    expect(refusal('marigoldtanaka')).toBeNull();
  });

  it.each(['correct-horse-battery', 'long-enough-pw', 'demo-password-123', 'Tide pool lantern 7'])(
    'accepts %s',
    (pw) => {
      expect(refusal(pw, ['someone@example.com', 'Someone'])).toBeNull();
    },
  );
});
