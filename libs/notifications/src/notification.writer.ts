import { Inject, Injectable } from '@nestjs/common';
import { MemberWorkspacesReader, type Transaction, UserReader } from '@persona-lab/auth';
import { MailService, renderMail } from '@persona-lab/mail';
import { NotificationRepository } from './data/notification.repository';
import { NotificationSettingRepository } from './data/notification-setting.repository';
import {
  EMAIL_ON_BY_DEFAULT,
  type NewNotification,
  type NotificationKind,
} from './notification-kind';
import { NOTIFICATIONS_PUBLIC_URL } from './notifications.tokens';

/** How a kind reads in the mail's footer ("… for review requests"). */
const KIND_LABEL: Record<NotificationKind, string> = {
  REVIEW_REQUESTED: 'review requests',
  CHANGES_REQUESTED: 'requested changes',
  PERSONA_APPROVED: 'approved personas',
  PERSONA_REJECTED: 'rejected personas',
  SYNTHESIS_FINISHED: 'finished synthesis runs',
  MENTIONED: 'mentions',
  COMMENTED: 'comments',
};

/** Writes notifications in the caller's transaction (the one the event is written in). */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingRepository,
    private readonly memberships: MemberWorkspacesReader,
    private readonly users: UserReader,
    private readonly mail: MailService,
    @Inject(NOTIFICATIONS_PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  /** Inserts the rows in the caller's transaction; queues an email for recipients whose settings want mail for this kind. */
  async notify(n: NewNotification, manager: Transaction): Promise<void> {
    // A programming error, not user input: links are app paths, so a mail can only point at this app.
    if (!n.link.startsWith('/') || n.link.startsWith('//')) {
      throw new Error(
        `A notification link must be an app path starting with "/", got "${n.link}".`,
      );
    }
    const named = [...new Set(n.userIds)].filter((id) => id !== n.actorId);
    if (!named.length) return;
    // Only current members: a reviewer removed while assigned is told nothing more about the workspace.
    const members = new Set(await this.memberships.membersAmong(n.workspaceId, named));
    const recipients = named.filter((id) => members.has(id));
    if (!recipients.length) return;
    const title = n.title.trim();
    const rows = await this.notifications.insertMany(
      recipients.map((userId) => ({
        workspaceId: n.workspaceId,
        userId,
        kind: n.kind,
        actorId: n.actorId,
        title,
        link: n.link,
        studyId: n.studyId ?? null,
        subjectId: n.subjectId ?? null,
      })),
      manager,
    );

    const chosen = new Map(
      (await this.settings.forKind(recipients, n.kind, manager)).map((s) => [s.userId, s.email]),
    );
    const wantMail = recipients.filter((id) => chosen.get(id) ?? EMAIL_ON_BY_DEFAULT.has(n.kind));
    if (!wantMail.length) return;
    const accounts = await this.users.mapByIds(wantMail);
    const { text, html } = renderMail({
      heading: title,
      paragraphs: ['Open it in Persona Lab to see the details and reply.'],
      action: { label: 'Open in Persona Lab', url: `${this.publicUrl}${n.link}` },
      footer: `You get this email because email is on for ${KIND_LABEL[n.kind]}. Turn it off on your account page: ${this.publicUrl}/account`,
    });
    const subject = title.length > 200 ? `${title.slice(0, 199)}…` : title;
    // The same transaction: a mail is queued only if the event and its notification commit.
    for (const userId of wantMail) {
      const to = accounts.get(userId)?.email;
      if (!to) continue;
      await this.mail.enqueue(
        { to, subject, text, html, category: 'notification', refId: rows.get(userId) },
        manager,
      );
    }
  }
}
