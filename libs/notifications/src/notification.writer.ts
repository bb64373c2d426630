import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MemberWorkspacesReader } from '@persona-lab/auth';
import { NotificationRepository } from './data/notification.repository';
import type { NewNotification } from './notification-kind';

/** Writes notifications in the caller's transaction (the one the event is written in). */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly memberships: MemberWorkspacesReader,
  ) {}

  /** Inserts the rows in the caller's transaction; queues an email for recipients whose settings want mail for this kind. */
  async notify(n: NewNotification, manager: EntityManager): Promise<void> {
    const named = [...new Set(n.userIds)].filter((id) => id !== n.actorId);
    if (!named.length) return;
    // Only current members: a reviewer removed while assigned is told nothing more about the workspace.
    const members = new Set(await this.memberships.membersAmong(n.workspaceId, named));
    const recipients = named.filter((id) => members.has(id));
    if (!recipients.length) return;
    await this.notifications.insertMany(
      recipients.map((userId) => ({
        workspaceId: n.workspaceId,
        userId,
        kind: n.kind,
        actorId: n.actorId,
        title: n.title,
        link: n.link,
        studyId: n.studyId ?? null,
        subjectId: n.subjectId ?? null,
      })),
      manager,
    );
  }
}
