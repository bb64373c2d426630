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

  /** Inserts one row per recipient in one statement, in the caller's transaction when given; the new ids by user. */
  async insertMany(
    rows: readonly NotificationInsert[],
    manager?: EntityManager,
  ): Promise<Map<string, string>> {
    if (!rows.length) return new Map();
    const inserted: { id: string; user_id: string }[] = await (manager ?? this.repo.manager).query(
      `INSERT INTO notification (workspace_id, user_id, kind, actor_id, title, link, study_id, subject_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::uuid[])
       RETURNING id, user_id`,
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
    return new Map(inserted.map((r) => [r.user_id, r.id]));
  }

  /**
   * A page of the user's notifications in these workspaces, newest first, starting after the
   * keyset cursor (PostgreSQL's own timestamp text and the id, so no microsecond is lost).
   */
  page(
    userId: string,
    workspaceIds: readonly string[],
    opts: { limit: number; unreadOnly: boolean; after: [string, string] | null },
  ): Promise<NotificationPageRow[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT id, workspace_id AS "workspaceId", kind, actor_id AS "actorId", title, link,
              study_id AS "studyId", subject_id AS "subjectId", created_at AS "createdAt",
              read_at AS "readAt", created_at::text AS "cursorAt"
         FROM notification
        WHERE user_id = $1 AND workspace_id = ANY($2::uuid[])
          AND ($3::boolean IS FALSE OR read_at IS NULL)
          AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $6`,
      [
        userId,
        workspaceIds,
        opts.unreadOnly,
        opts.after?.[0] ?? null,
        opts.after?.[1] ?? null,
        opts.limit,
      ],
    );
  }

  /** How many of the user's notifications in these workspaces are unread (the partial index). */
  async unreadCount(userId: string, workspaceIds: readonly string[]): Promise<number> {
    if (!workspaceIds.length) return 0;
    const rows: { n: number }[] = await this.repo.query(
      `SELECT count(*)::int AS n FROM notification
        WHERE user_id = $1 AND workspace_id = ANY($2::uuid[]) AND read_at IS NULL`,
      [userId, workspaceIds],
    );
    return rows[0]?.n ?? 0;
  }

  /** Marks these of the user's unread notifications (in these workspaces) read; returns how many changed. */
  async markRead(
    userId: string,
    workspaceIds: readonly string[],
    ids: readonly string[] | 'all',
  ): Promise<number> {
    if (!workspaceIds.length || (ids !== 'all' && !ids.length)) return 0;
    // Counted in SQL: TypeORM answers a bare UPDATE with [rows, rowCount], not the rows.
    const rows: { n: number }[] = await this.repo.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now()
          WHERE user_id = $1 AND workspace_id = ANY($2::uuid[]) AND read_at IS NULL
            AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS n FROM marked`,
      [userId, workspaceIds, ids === 'all' ? null : ids],
    );
    return rows[0]?.n ?? 0;
  }
}

/** One notification as the inbox reads it. */
export interface NotificationPageRow {
  id: string;
  workspaceId: string;
  kind: NotificationKind;
  actorId: string | null;
  title: string;
  link: string;
  studyId: string | null;
  subjectId: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** created_at as PostgreSQL prints it, for the cursor. */
  cursorAt: string;
}
