import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { NotificationKind } from '../notification-kind';
import { NotificationSettingEntity } from './notification-setting.entity';

/** A stored choice (kinds without one use their default). */
export interface NotificationSettingRow {
  userId: string;
  kind: NotificationKind;
  email: boolean;
}

/** The notification_setting table. */
@Injectable()
export class NotificationSettingRepository {
  constructor(
    @InjectRepository(NotificationSettingEntity)
    private readonly repo: Repository<NotificationSettingEntity>,
  ) {}

  /** The user's stored choices. */
  ofUser(userId: string): Promise<NotificationSettingRow[]> {
    return this.repo.find({ select: { userId: true, kind: true, email: true }, where: { userId } });
  }

  /** The stored choices of these users for one kind, in the caller's transaction when given. */
  forKind(
    userIds: readonly string[],
    kind: NotificationKind,
    manager?: EntityManager,
  ): Promise<NotificationSettingRow[]> {
    if (!userIds.length) return Promise.resolve([]);
    const repo = manager ? manager.getRepository(NotificationSettingEntity) : this.repo;
    return repo.find({
      select: { userId: true, kind: true, email: true },
      where: { kind, userId: In([...userIds]) },
    });
  }

  /** Stores the user's choices (one statement: all or nothing). */
  async upsert(
    userId: string,
    choices: readonly { kind: NotificationKind; email: boolean }[],
  ): Promise<void> {
    if (!choices.length) return;
    await this.repo.query(
      `INSERT INTO notification_setting (user_id, kind, email)
       SELECT $1, kind, email FROM unnest($2::text[], $3::boolean[]) AS c(kind, email)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [userId, choices.map((c) => c.kind), choices.map((c) => c.email)],
    );
  }
}
