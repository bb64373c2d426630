import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from './context';
import { SessionRepository } from './data/session.repository';

export const SESSION_TTL_MS = Symbol('SESSION_TTL_MS');
/** A session unused this long stops working, whatever its absolute expiry. */
export const SESSION_IDLE_MS = Symbol('SESSION_IDLE_MS');

/** Tokens (sessions, devices) are stored as this hash only. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Opaque bearer sessions: only a hash is stored, so a database leak does not leak tokens; revocable.
 * A session ends at its absolute expiry (SESSION_TTL_HOURS) or after SESSION_IDLE_HOURS unused.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(SESSION_TTL_MS) private readonly ttlMs: number,
    @Inject(SESSION_IDLE_MS) private readonly idleMs: number,
  ) {}

  async issue(userId: string): Promise<string> {
    const token = `pl_${randomBytes(32).toString('base64url')}`;
    await this.sessions.insert(userId, hashToken(token), new Date(Date.now() + this.ttlMs));
    return token;
  }

  async verify(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const row = await this.sessions.active(hashToken(token), this.idleMs / 1000);
    if (!row) return null;
    // At most one write a minute per session keeps the idle clock without a write per request.
    if (row.stale) await this.sessions.touch(row.sessionId);
    return { id: row.id, email: row.email, name: row.name, sessionId: row.sessionId };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  /** Revokes every session of the account: each of its tokens stops working. */
  async revokeAll(userId: string): Promise<void> {
    await this.sessions.revokeAllOf(userId);
  }
}
