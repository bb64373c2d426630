import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { AppUserEntity } from './app-user.entity';
import { SessionEntity } from './session.entity';
import type { Transaction } from './transaction';

/** What other code may see of an account: never the password hash. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** An account with its password hash, for signing in. */
export interface UserCredentials extends UserRow {
  passwordHash: string;
}

const PUBLIC_COLUMNS = { id: true, email: true, name: true } as const;

/** The app_user table. */
@Injectable()
export class UserRepository {
  constructor(@InjectRepository(AppUserEntity) private readonly repo: Repository<AppUserEntity>) {}

  /** Creates an account; undefined when the email (case-insensitively) is taken. */
  async insertIfNew(
    email: string,
    name: string,
    passwordHash: string,
    tx?: Transaction,
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await (tx ?? this.repo.manager).query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [email, name, passwordHash],
    );
    return rows[0]?.id;
  }

  /** The account with this email, compared case-insensitively (as the unique index does). */
  async byEmail(email: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.repo.query(
      'SELECT id, email, name FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return rows[0];
  }

  /** The account and its password hash, for signing in. */
  async credentialsByEmail(email: string): Promise<UserCredentials | undefined> {
    const rows: UserCredentials[] = await this.repo.query(
      'SELECT id, email, name, password_hash AS "passwordHash" FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return rows[0];
  }

  /** The account and its password hash, by id. */
  async credentialsById(id: string): Promise<UserCredentials | undefined> {
    const row = await this.repo.findOne({
      select: { ...PUBLIC_COLUMNS, passwordHash: true },
      where: { id },
    });
    return row ?? undefined;
  }

  /** Sets a new password hash and revokes every other session of the account, in one transaction. */
  async changePassword(id: string, passwordHash: string, keepSessionId: string): Promise<void> {
    await this.repo.manager.transaction(async (m) => {
      await m.update(AppUserEntity, { id }, { passwordHash });
      await m.update(
        SessionEntity,
        { userId: id, revokedAt: IsNull(), id: Not(keepSessionId) },
        { revokedAt: () => 'now()' },
      );
    });
  }

  /** Accounts by id, in no particular order; unknown ids are left out. */
  byIds(ids: readonly string[]): Promise<UserRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.find({ select: PUBLIC_COLUMNS, where: { id: In([...new Set(ids)]) } });
  }
}
