import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@persona-lab/errors';

/**
 * The lowest zxcvbn score a new password may have: 3 of 4, an estimated 10^8 guesses or more
 * (zxcvbn's "safely unguessable" tier). Common passwords, keyboard walks, repeats and sequences
 * score 0–2; the passwords most people pick from a few unrelated words score 3–4.
 */
export const MIN_PASSWORD_SCORE = 3;

// The maintained list of common passwords and keyboard layouts of @zxcvbn-ts/language-common.
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** Words of this app that make a password easy to guess for anyone who knows where it is used. */
const APP_WORDS = ['persona', 'personas', 'lab', 'personalab', 'persona-lab'];

/**
 * Refuses a new password (sign-up, change) that is only spaces or easy to guess, with a
 * BAD_USER_INPUT naming `field`. `context` holds the account's email and name: a password made of
 * them counts as easy.
 */
export function assertStrongPassword(
  password: string,
  context: string[],
  field = 'password',
): void {
  if (!password.trim()) {
    throw badInput('Choose a password with letters, digits or symbols, not only spaces.', {
      field,
    });
  }
  const userInputs = [
    ...APP_WORDS,
    ...context.flatMap((c) => {
      const lower = c.toLowerCase();
      return [lower, lower.replace(/[^\p{L}\p{N}]+/gu, ''), ...lower.split(/[^\p{L}\p{N}]+/u)];
    }),
  ];
  if (
    zxcvbn.check(
      password,
      userInputs.filter((w) => w.length > 2),
    ).score < MIN_PASSWORD_SCORE
  ) {
    throw badInput(
      'This password is too easy to guess: it is a common password, a simple pattern (like aaaaaaaaaa or qwertyuiop) or made of your name or email. Choose a longer one, for example a few unrelated words.',
      { field },
    );
  }
}
