import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@persona-lab/errors';
import {
  RateLimitRepository,
  type SharedLimit,
  isLimitReached,
} from './data/rate-limit.repository';

export const LOGIN_LIMIT = Symbol('LOGIN_LIMIT');

const WINDOW_SECONDS = 15 * 60;
/** The first block lasts a window; each further block within a day lasts twice the one before. */
const FIRST_BLOCK_SECONDS = WINDOW_SECONDS;
const MAX_BLOCK_SECONDS = 24 * 3600;
const STRIKES_SECONDS = 24 * 3600;

/** Who is trying to sign in: the account's email, the client's address and, if it has one, its device. */
export interface LoginAttempt {
  email: string;
  ip: string;
  /** The hash of a device token this account issued before (checked by the caller), or null. */
  trustedDevice: string | null;
}

/** A limit and the key an attempt counts under. */
interface Counted {
  limit: SharedLimit;
  key: string;
  /** What to say when this counter refuses. */
  refusal: string;
}

/** What a caller does once the password is checked. */
export interface Admission {
  /** The password was right: the counters that only count failures forget this attempt. */
  succeeded(): Promise<void>;
}

/**
 * Sign-in throttling that a stranger cannot turn against an account (issue 14, finding 8).
 *
 * A client that signed in before shows its device token and is counted on its own: only failures
 * of that device block it. Everyone else is counted per (email, address), per address and per email,
 * so a stranger's guesses block the stranger's address, and guesses from many addresses block new
 * clients of that account but never its known devices. Every counter allows `attempts` failures per
 * 15 minutes; then it blocks for 15 minutes, then 30, 60, … (doubling within a day, at most 24 h).
 * Counters live in the shared `rate_limit` table, so every replica sees the same ones.
 */
@Injectable()
export class LoginThrottle {
  private readonly perDevice: SharedLimit;
  private readonly perEmailAndIp: SharedLimit;
  private readonly perIp: SharedLimit;
  private readonly perEmail: SharedLimit;
  /** Wrong current passwords per account in `changePassword` (a stolen session must not guess it). */
  private readonly perPasswordChange: SharedLimit;
  /** Password reset mails asked for per address of the client, and per email over all clients. */
  private readonly resetPerIp: SharedLimit;
  private readonly resetPerEmail: SharedLimit;
  /** How many blocks each counter earned in the last day: the next block doubles. */
  private readonly strikes: SharedLimit;

  constructor(limits: RateLimitRepository, @Inject(LOGIN_LIMIT) attempts: number) {
    const per15Min = (name: string, points: number) =>
      limits.limit({ name, points, duration: WINDOW_SECONDS });
    this.perDevice = per15Min('login_device', attempts);
    this.perEmailAndIp = per15Min('login_email_ip', attempts);
    this.perIp = per15Min('login_ip', attempts * 5);
    this.perEmail = per15Min('login_email', attempts * 5);
    this.perPasswordChange = per15Min('password_change', attempts);
    this.resetPerIp = per15Min('reset_ip', attempts * 2);
    this.resetPerEmail = per15Min('reset_email', Math.max(1, Math.ceil(attempts / 2)));
    this.strikes = limits.limit({
      name: 'login_strikes',
      points: 10_000,
      duration: STRIKES_SECONDS,
    });
  }

  /**
   * Counts an attempt before the password is checked (so parallel guesses cannot slip past), or
   * refuses it with TOO_MANY_REQUESTS and how long to wait.
   */
  async admit({ email, ip, trustedDevice }: LoginAttempt): Promise<Admission> {
    const tooMany = 'Too many sign-in attempts.';
    const counted: Counted[] = trustedDevice
      ? [{ limit: this.perDevice, key: trustedDevice, refusal: tooMany }]
      : [
          { limit: this.perEmailAndIp, key: `${email}\u0000${ip}`, refusal: tooMany },
          { limit: this.perIp, key: ip, refusal: 'Too many sign-in attempts from your network.' },
          {
            limit: this.perEmail,
            key: email,
            refusal:
              'Too many sign-in attempts for this account from new devices; a device that signed in to it before still can.',
          },
        ];
    for (const c of counted) await this.count(c);
    return {
      succeeded: async () => {
        const [first, ...rest] = counted;
        await first.limit.delete(first.key);
        // The address and the account's new-device counters count failures: give this attempt back.
        for (const c of rest) await c.limit.reward(c.key);
      },
    };
  }

  /** Counts a check of an account's current password before a change, like a sign-in of a known device. */
  async admitPasswordChange(userId: string): Promise<Admission> {
    const counted = {
      limit: this.perPasswordChange,
      key: userId,
      refusal: 'Too many wrong passwords.',
    };
    await this.count(counted);
    return { succeeded: () => counted.limit.delete(userId) };
  }

  /**
   * Counts a request for a password reset mail per client address and per email (known or not,
   * alike, so the answers reveal no account), or refuses it with TOO_MANY_REQUESTS.
   */
  async admitPasswordReset(email: string, ip: string): Promise<void> {
    const tooMany = 'Too many password reset requests.';
    await this.count({ limit: this.resetPerIp, key: ip, refusal: `${tooMany}` });
    await this.count({
      limit: this.resetPerEmail,
      key: email,
      refusal: `${tooMany} Check your inbox (and spam folder) for the mails already sent.`,
    });
  }

  private async count({ limit, key, refusal }: Counted): Promise<void> {
    try {
      await limit.consume(key);
      return;
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      let ms = error.msBeforeNext;
      // The first refusal of a window starts a block; each block in a day is twice the last.
      if (error.consumedPoints === limit.points + 1)
        ms = (await this.startBlock(limit, key)) * 1000;
      const minutes = Math.max(1, Math.ceil(ms / 60_000));
      throw new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        `${refusal} Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      );
    }
  }

  private async startBlock(limit: SharedLimit, key: string): Promise<number> {
    const strike = await this.strikes.consume(`${limit.name}\u0000${key}`);
    const seconds = Math.min(
      MAX_BLOCK_SECONDS,
      FIRST_BLOCK_SECONDS * 2 ** (strike.consumedPoints - 1),
    );
    await limit.block(key, seconds);
    return seconds;
  }
}
