import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

/** A live session and the account it signs in. */
export interface ActiveSession {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  /** Its last use was over a minute ago: time to record this one. */
  stale: boolean;
}

/** The session table. */
@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly repo: Repository<SessionEntity>) {}

  async insert(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.repo.insert({ userId, tokenHash, expiresAt });
  }

  /** The unrevoked, unexpired session with this token hash used within `idleSeconds`, with its user. */
  async active(tokenHash: string, idleSeconds: number): Promise<ActiveSession | undefined> {
    const rows: ActiveSession[] = await this.repo.query(
      `SELECT u.id, u.email, u.name, s.id AS "sessionId",
              s.last_seen_at < now() - interval '1 minute' AS stale
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [tokenHash, idleSeconds],
    );
    return rows[0];
  }

  /** Records that the session was used now. */
  async touch(sessionId: string): Promise<void> {
    await this.repo.update({ id: sessionId }, { lastSeenAt: () => 'now()' });
  }

  /** Revokes every live session of the account. */
  async revokeAllOf(userId: string): Promise<void> {
    await this.repo.update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.repo.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
