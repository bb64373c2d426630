import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DomainError, ErrorCode, badInput, conflict } from '@persona-lab/errors';
import {
  RateLimitRepository,
  type SharedLimit,
  isLimitReached,
} from './data/rate-limit.repository';
import { UserRepository } from './data/user.repository';
import type { LogInInput, SignUpInput } from './dto/auth.input';
import { SessionService } from './session.service';

export const LOGIN_LIMIT = Symbol('LOGIN_LIMIT');
/** Argon2id memory cost in KiB (OWASP's 19–64 MiB range in production; tests use less). */
export const ARGON2_MEMORY_KIB = Symbol('ARGON2_MEMORY_KIB');

export interface SignedIn {
  token: string;
  user: { id: string; email: string; name: string };
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Accounts and sign-in. Log-in attempts are limited per email and per IP address. */
@Injectable()
export class AuthService {
  private readonly perEmail: SharedLimit;
  private readonly perIp: SharedLimit;
  // Verifying against a real hash for unknown emails keeps response times alike, so timing does not reveal accounts.
  private readonly dummyHash: Promise<string>;
  private readonly hashOptions: argon2.Options & { raw?: false };

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    limits: RateLimitRepository,
    @Inject(LOGIN_LIMIT) attemptsPer15Min: number,
    @Inject(ARGON2_MEMORY_KIB) memoryCost: number,
  ) {
    this.hashOptions = { type: argon2.argon2id, memoryCost };
    this.dummyHash = argon2.hash('not-a-real-password-0000', this.hashOptions);
    this.perEmail = limits.limit({
      name: 'login_email',
      points: attemptsPer15Min,
      duration: 15 * 60,
    });
    this.perIp = limits.limit({
      name: 'login_ip',
      points: attemptsPer15Min * 5,
      duration: 15 * 60,
    });
  }

  async signUp(input: SignUpInput): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw badInput('Enter your name.', { field: 'name' });
    const passwordHash = await argon2.hash(input.password, this.hashOptions);
    const id = await this.users.insertIfNew(email, name, passwordHash);
    if (!id) {
      throw conflict('An account with this email already exists. Sign in instead.', {
        field: 'email',
      });
    }
    const token = await this.sessions.issue(id);
    return { token, user: { id, email, name } };
  }

  async logIn(input: LogInInput, ip: string): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    await this.consume(this.perIp, ip);
    await this.consume(this.perEmail, email);
    const user = await this.users.credentialsByEmail(email);
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), input.password);
    if (!user || !ok) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The email or password is not right.');
    }
    await this.perEmail.delete(email);
    const token = await this.sessions.issue(user.id);
    return { token, user: { id: user.id, email: user.email, name: user.name } };
  }

  private async consume(limiter: SharedLimit, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (res) {
      if (!isLimitReached(res)) throw res;
      const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
      throw new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      );
    }
  }
}
