import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './context';

export const SESSION_TTL_MS = Symbol('SESSION_TTL_MS');

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Opaque bearer sessions: only a hash is stored, so a database leak does not leak tokens; revocable. */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    @Inject(SESSION_TTL_MS) private readonly ttlMs: number,
  ) {}

  async issue(userId: string): Promise<string> {
    const token = `pl_${randomBytes(32).toString('base64url')}`;
    await this.db.query(
      'INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, $3)',
      [userId, hashToken(token), new Date(Date.now() + this.ttlMs)],
    );
    return token;
  }

  async verify(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const rows: { id: string; email: string; name: string; session_id: string }[] = await this.db.query(
      `SELECT u.id, u.email, u.name, s.id AS session_id
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, name: row.name, sessionId: row.session_id } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query('UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
  }
}
