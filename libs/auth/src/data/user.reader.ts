import { Injectable } from '@nestjs/common';
import { UserRepository, type UserRow } from './user.repository';

/** Accounts for other libs to show who did something (id, email, display name; never a password hash). */
@Injectable()
export class UserReader {
  constructor(private readonly users: UserRepository) {}

  /** The accounts with these ids, in one query; unknown ids are left out, order is not kept. */
  byIds(ids: readonly string[]): Promise<UserRow[]> {
    return this.users.byIds(ids);
  }

  /** The same as `byIds`, keyed by id. */
  async mapByIds(ids: readonly string[]): Promise<Map<string, UserRow>> {
    return new Map((await this.byIds(ids)).map((u) => [u.id, u]));
  }
}
