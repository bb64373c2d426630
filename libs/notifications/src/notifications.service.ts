import { Injectable } from '@nestjs/common';
import { type AuthUser, MemberWorkspacesReader } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { NotificationRepository, type NotificationPageRow } from './data/notification.repository';
import { NotificationSettingRepository } from './data/notification-setting.repository';
import type { NotificationSettingInput } from './dto/notification-setting.input';
import type {
  Notification,
  NotificationConnection,
  NotificationSetting,
} from './models/notification.model';
import { EMAIL_ON_BY_DEFAULT, NOTIFICATION_KINDS } from './notification-kind';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_PAGE = 100;
const MAX_IDS = 500;

// The cursor carries PostgreSQL's own timestamp text: a JS Date would drop the microseconds and skip rows.
const encodeCursor = (row: NotificationPageRow): string =>
  Buffer.from(`${row.cursorAt}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (
    !id ||
    !/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(at ?? '') ||
    !UUID.test(id)
  ) {
    throw badInput('The `after` cursor is not valid; use the endCursor of the previous page.', {
      field: 'after',
    });
  }
  return [at, id];
}

const toNotification = (r: NotificationPageRow): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  link: r.link,
  workspaceId: r.workspaceId,
  studyId: r.studyId,
  subjectId: r.subjectId,
  actorId: r.actorId,
  createdAt: r.createdAt,
  readAt: r.readAt,
  read: r.readAt !== null,
});

/**
 * The signed-in user's inbox and email settings. Every read and write is limited to the caller's
 * own rows in the workspaces they belong to now: a removed member no longer sees that workspace's
 * notifications.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingRepository,
    private readonly memberships: MemberWorkspacesReader,
  ) {}

  async list(
    user: AuthUser,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`Ask for 1 to ${MAX_PAGE} notifications at a time.`, { field: 'first' });
    }
    const cursor = after ? decodeCursor(after) : null;
    const workspaceIds = await this.memberships.workspaceIdsOf(user.id);
    const rows = await this.notifications.page(user.id, workspaceIds, {
      limit: first + 1,
      unreadOnly,
      after: cursor,
    });
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(toNotification),
      endCursor: rows.length > first && last ? encodeCursor(last) : null,
    };
  }

  async unreadCount(user: AuthUser): Promise<number> {
    return this.notifications.unreadCount(user.id, await this.memberships.workspaceIdsOf(user.id));
  }

  /** Marks these of the caller's notifications read; others' ids (and unknown ones) change nothing. */
  async markRead(user: AuthUser, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_IDS) {
      throw badInput(`Mark at most ${MAX_IDS} notifications at a time.`, { field: 'ids' });
    }
    const valid = [...new Set(ids)].filter((id) => UUID.test(id));
    if (!valid.length) return 0;
    return this.notifications.markRead(
      user.id,
      await this.memberships.workspaceIdsOf(user.id),
      valid,
    );
  }

  async markAllRead(user: AuthUser): Promise<number> {
    return this.notifications.markRead(
      user.id,
      await this.memberships.workspaceIdsOf(user.id),
      'all',
    );
  }

  /** One entry per kind: the stored choice, else the kind's default. */
  async settingsOf(user: AuthUser): Promise<NotificationSetting[]> {
    const stored = new Map((await this.settings.ofUser(user.id)).map((s) => [s.kind, s.email]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      email: stored.get(kind) ?? EMAIL_ON_BY_DEFAULT.has(kind),
    }));
  }

  async updateSettings(
    user: AuthUser,
    input: readonly NotificationSettingInput[],
  ): Promise<NotificationSetting[]> {
    const kinds = new Set(input.map((c) => c.kind));
    if (kinds.size !== input.length) {
      throw badInput('Each kind may appear once.', { field: 'input' });
    }
    await this.settings.upsert(
      user.id,
      input.map((c) => ({ kind: c.kind, email: c.email })),
    );
    return this.settingsOf(user);
  }
}
