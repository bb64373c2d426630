import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { NotificationKind } from '../notification-kind';
import { NotificationEntity } from './notification.entity';

/** One row to insert (one recipient). */
export interface NotificationInsert {
  workspaceId: string;
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  title: string;
  link: string;
  studyId: string | null;
  subjectId: string | null;
}

/** The notification table. */
@Injectable()
export class NotificationRepository {
  constructor(
    @InjectRepository(NotificationEntity) private readonly repo: Repository<NotificationEntity>,
  ) {}

  /** Inserts one row per recipient in one statement, in the caller's transaction when given. */
  async insertMany(rows: readonly NotificationInsert[], manager?: EntityManager): Promise<void> {
    if (!rows.length) return;
    await (manager ?? this.repo.manager).query(
      `INSERT INTO notification (workspace_id, user_id, kind, actor_id, title, link, study_id, subject_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::uuid[])`,
      [
        rows.map((r) => r.workspaceId),
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => r.actorId),
        rows.map((r) => r.title),
        rows.map((r) => r.link),
        rows.map((r) => r.studyId),
        rows.map((r) => r.subjectId),
      ],
    );
  }
}
