import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { isEmail } from 'class-validator';
import { DomainError, ErrorCode, badInput, conflict } from '@persona-lab/errors';
import { AccountMailer, PASSWORD_RESET_TTL_MINUTES } from './account-mailer';
import { LoginDeviceRepository } from './data/login-device.repository';
import { PasswordResetRepository, type ResetLookup } from './data/password-reset.repository';
import { UserRepository } from './data/user.repository';
import { WorkspaceInvitationService } from './invitation.service';
import type { ChangePasswordInput, LogInInput, SignUpInput } from './dto/auth.input';
import type { AuthUser } from './context';
import { LoginThrottle } from './login-throttle';
import { assertStrongPassword } from './password-policy';
import { SessionService, hashToken } from './session.service';

/** Argon2id memory cost in KiB (OWASP's 19–64 MiB range in production; tests use less). */
export const ARGON2_MEMORY_KIB = Symbol('ARGON2_MEMORY_KIB');

/** A device token stays good this long after the last sign-in that showed it. */
const DEVICE_TTL_MS = 180 * 24 * 3_600_000;

export interface SignedIn {
  token: string;
  deviceToken: string;
  user: { id: string; email: string; name: string };
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Why a reset link was refused, with what to do; `reason` lets the web app show the right page. */
function resetRefusal(status: 'missing' | 'used' | 'expired'): DomainError {
  if (status === 'used')
    return conflict(
      'This reset link was used already. If you still cannot sign in, ask for a new link.',
      { reason: 'USED' },
    );
  if (status === 'expired')
    return conflict('This reset link has expired: links work for one hour. Ask for a new one.', {
      reason: 'EXPIRED',
    });
  return new DomainError(
    ErrorCode.NOT_FOUND,
    'This reset link is not valid. Check that you opened the whole link from the mail, or ask for a new one.',
    { reason: 'INVALID' },
  );
}

/**
 * Accounts and sign-in. Sign-in attempts go through {@link LoginThrottle}; a successful sign-in
 * hands the client a device token that keeps it out of the throttling strangers cause.
 */
@Injectable()
export class AuthService {
  // Verifying against a real hash for unknown emails keeps response times alike, so timing does not reveal accounts.
  private readonly dummyHash: Promise<string>;
  private readonly hashOptions: argon2.Options & { raw?: false };

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly devices: LoginDeviceRepository,
    private readonly throttle: LoginThrottle,
    private readonly invitations: WorkspaceInvitationService,
    private readonly resets: PasswordResetRepository,
    private readonly mailer: AccountMailer,
    @Inject(ARGON2_MEMORY_KIB) memoryCost: number,
  ) {
    this.hashOptions = { type: argon2.argon2id, memoryCost };
    this.dummyHash = argon2.hash('not-a-real-password-0000', this.hashOptions);
  }

  async signUp(input: SignUpInput): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw badInput('Enter your name.', { field: 'name' });
    assertStrongPassword(input.password, [email, name]);
    const passwordHash = await argon2.hash(input.password, this.hashOptions);
    const token = input.invitationToken;
    // With an invitation link, the account and its membership are one transaction: a link that
    // cannot be used (expired, withdrawn, for another address) refuses the sign-up and writes nothing.
    const id = await this.resets.transaction(async (tx) => {
      const created = await this.users.insertIfNew(email, name, passwordHash, tx);
      if (created && token) await this.invitations.claimOnSignUp({ id: created, email }, token, tx);
      return created;
    });
    if (!id) {
      throw conflict('An account with this email already exists. Sign in instead.', {
        field: 'email',
      });
    }
    const session = await this.sessions.issue(id);
    const deviceToken = await this.rememberDevice(id, null);
    return { token: session, deviceToken, user: { id, email, name } };
  }

  async logIn(input: LogInInput, ip: string): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const user = await this.users.credentialsByEmail(email);
    const trustedDevice = user ? await this.knownDevice(user.id, input.deviceToken) : null;
    const attempt = await this.throttle.admit({ email, ip, trustedDevice });
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), input.password);
    if (!user || !ok) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The email or password is not right.');
    }
    await attempt.succeeded();
    const token = await this.sessions.issue(user.id);
    const deviceToken = await this.rememberDevice(
      user.id,
      trustedDevice ? input.deviceToken! : null,
    );
    return { token, deviceToken, user: { id: user.id, email: user.email, name: user.name } };
  }

  /**
   * Replaces the password of the signed-in account after checking its current one, and signs out
   * every other session (the one making the request stays signed in).
   */
  async changePassword(me: AuthUser, input: ChangePasswordInput): Promise<void> {
    const user = await this.users.credentialsById(me.id);
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    const attempt = await this.throttle.admitPasswordChange(user.id);
    if (!(await argon2.verify(user.passwordHash, input.currentPassword))) {
      throw badInput('The current password is not right.', { field: 'currentPassword' });
    }
    await attempt.succeeded();
    if (input.newPassword === input.currentPassword) {
      throw badInput('Choose a new password, different from the current one.', {
        field: 'newPassword',
      });
    }
    assertStrongPassword(input.newPassword, [user.email, user.name], 'newPassword');
    const passwordHash = await argon2.hash(input.newPassword, this.hashOptions);
    await this.users.changePassword(user.id, passwordHash, me.sessionId);
  }

  /**
   * Mails a single-use reset link to the account with this email, if there is one. The answer and
   * the throttling are the same whether or not it exists (no enumeration).
   */
  async requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    if (email.length > 254 || !isEmail(email))
      throw badInput('Enter a valid email address, like name@example.com.', { field: 'email' });
    await this.throttle.admitPasswordReset(email, ip);
    const user = await this.users.byEmail(email);
    if (!user) return;
    const token = `plr_${randomBytes(32).toString('base64url')}`;
    await this.resets.transaction(async (tx) => {
      await this.resets.insert(user.id, hashToken(token), PASSWORD_RESET_TTL_MINUTES, tx);
      await this.mailer.sendPasswordReset(user, token, tx);
    });
  }

  /**
   * Sets a new password with a reset link: the link works once and for an hour; the password
   * rules apply; every session of the account is signed out. A refused reset writes nothing.
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const tokenHash = hashToken(token);
    const found: ResetLookup =
      token.length <= 200 ? await this.resets.lookup(tokenHash) : { status: 'missing' };
    if (found.status !== 'usable') throw resetRefusal(found.status);
    const { userId, email, name } = found.target;
    if (newPassword.length < 10 || newPassword.length > 200)
      throw badInput(
        newPassword.length < 10
          ? 'Choose a password of at least 10 characters.'
          : 'Choose a password of at most 200 characters.',
        { field: 'newPassword' },
      );
    assertStrongPassword(newPassword, [email, name], 'newPassword');
    const passwordHash = await argon2.hash(newPassword, this.hashOptions);
    // Checked again under a lock: of two uses of one link at once, one wins.
    const done = await this.resets.reset(tokenHash, passwordHash, userId);
    if (done.status !== 'usable') throw resetRefusal(done.status);
  }

  /** The hash of `deviceToken` when it is a live device of this account, else null. */
  private async knownDevice(userId: string, deviceToken?: string | null): Promise<string | null> {
    if (!deviceToken || deviceToken.length > 200) return null;
    const hash = hashToken(deviceToken);
    return (await this.devices.isDeviceOf(userId, hash)) ? hash : null;
  }

  /** Keeps the client's device token alive, or issues one to a client that had none. */
  private async rememberDevice(userId: string, known: string | null): Promise<string> {
    const deviceToken = known ?? `pld_${randomBytes(32).toString('base64url')}`;
    await this.devices.remember(
      userId,
      hashToken(deviceToken),
      new Date(Date.now() + DEVICE_TTL_MS),
    );
    return deviceToken;
  }
}
