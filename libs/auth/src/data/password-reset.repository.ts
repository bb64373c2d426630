import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppUserEntity } from './app-user.entity';
import { PasswordResetEntity } from './password-reset.entity';
import type { Transaction } from './transaction';

/** The account a reset link belongs to, when the link can still be used. */
export interface ResetTarget {
  resetId: string;
  userId: string;
  email: string;
  name: string;
}

/** What a reset link is now. */
export type ResetLookup =
  { status: 'usable'; target: ResetTarget } | { status: 'missing' | 'used' | 'expired' };

/** The password_reset table (and the password and sessions a reset changes). */
@Injectable()
export class PasswordResetRepository {
  constructor(
    @InjectRepository(PasswordResetEntity) private readonly repo: Repository<PasswordResetEntity>,
  ) {}

  /** Runs `fn` in one transaction (the link and the mail that carries it commit together). */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(fn);
  }

  /** Records a reset link for the account, valid `ttlMinutes`; only the token's hash is stored. */
  async insert(
    userId: string,
    tokenHash: string,
    ttlMinutes: number,
    tx: Transaction,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO password_reset (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3::int))`,
      [userId, tokenHash, ttlMinutes],
    );
  }

  /** What the link with this token hash is now, with its account when it can be used. */
  async lookup(tokenHash: string, tx?: Transaction): Promise<ResetLookup> {
    const rows: {
      id: string;
      user_id: string;
      email: string;
      name: string;
      used: boolean;
      expired: boolean;
    }[] = await (tx ?? this.repo.manager).query(
      `SELECT r.id, r.user_id, u.email, u.name, r.used_at IS NOT NULL AS used,
              r.expires_at <= now() AS expired
         FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE r.token_hash = $1${tx ? ' FOR UPDATE OF r' : ''}`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return { status: 'missing' };
    if (row.used) return { status: 'used' };
    if (row.expired) return { status: 'expired' };
    return {
      status: 'usable',
      target: { resetId: row.id, userId: row.user_id, email: row.email, name: row.name },
    };
  }

  /**
   * Uses the link: sets the new password hash, marks this link and every other open link of the
   * account used, and revokes every session of the account — in one transaction, which locks the
   * link first so it works once. Answers the lookup that decided (anything but `usable` wrote nothing).
   */
  reset(tokenHash: string, passwordHash: string, expectedUserId: string): Promise<ResetLookup> {
    return this.repo.manager.transaction(async (tx) => {
      const found = await this.lookup(tokenHash, tx);
      if (found.status !== 'usable' || found.target.userId !== expectedUserId) return found;
      const { userId } = found.target;
      await tx.update(AppUserEntity, { id: userId }, { passwordHash });
      await tx.query(
        'UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
        [userId],
      );
      await tx.query(
        'UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [userId],
      );
      return found;
    });
  }
}
