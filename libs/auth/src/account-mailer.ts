import { Inject, Injectable, Optional } from '@nestjs/common';
import { MailService, renderMail } from '@persona-lab/mail';
import type { Transaction } from './data/transaction';
import type { SentInvitation } from './invitation.service';
import { Role } from './roles';

/** Base of the links in account mails (config PUBLIC_URL), without a trailing slash. */
export const ACCOUNTS_PUBLIC_URL = Symbol('ACCOUNTS_PUBLIC_URL');

/** How long a password reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

const ROLE_WORDS: Record<Role, string> = {
  OWNER: 'an owner',
  RESEARCHER: 'a researcher',
  REVIEWER: 'a reviewer',
  VIEWER: 'a viewer',
};

/**
 * The mails of accounts and workspaces (invitations, password resets), written to the outbox in
 * the caller's transaction. Without the mail module (a test app that does not send mail) nothing
 * is queued and `enabled` is false.
 */
@Injectable()
export class AccountMailer {
  constructor(
    @Inject(ACCOUNTS_PUBLIC_URL) private readonly publicUrl: string,
    @Optional() private readonly mail?: MailService,
  ) {}

  /** Mail really leaves this server (SMTP_URL is set). */
  get enabled(): boolean {
    return this.mail?.enabled ?? false;
  }

  invitationLink(token: string): string {
    return `${this.publicUrl}/join/${token}`;
  }

  resetLink(token: string): string {
    return `${this.publicUrl}/reset-password/${token}`;
  }

  /** Queues the "workspace-invitation" mail of a recorded invitation. */
  async sendInvitation(sent: SentInvitation, tx: Transaction): Promise<void> {
    if (!this.mail) return;
    const until = sent.expiresAt.toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, '');
    const body = renderMail({
      heading: `Join “${sent.workspaceName}” on Persona Lab`,
      paragraphs: [
        `${sent.inviterName} invited you to the workspace “${sent.workspaceName}” as ${ROLE_WORDS[sent.role]}.`,
        'Open the link to accept: sign up with this email address, or sign in if you have an account.',
        `The link works once, until ${until}.`,
      ],
      action: { label: 'Accept the invitation', url: this.invitationLink(sent.token) },
      footer:
        'You received this because an owner of the workspace entered your address. If you did not expect it, ignore this mail.',
    });
    await this.mail.enqueue(
      {
        to: sent.email,
        subject: `${sent.inviterName} invited you to “${sent.workspaceName}” on Persona Lab`,
        ...body,
        category: 'workspace-invitation',
        refId: sent.invitationId,
      },
      tx,
    );
  }

  /** Queues the "password-reset" mail with its single-use link. */
  async sendPasswordReset(
    to: { email: string; name: string },
    token: string,
    tx: Transaction,
  ): Promise<void> {
    if (!this.mail) return;
    const body = renderMail({
      heading: 'Reset your Persona Lab password',
      paragraphs: [
        `Hello ${to.name},`,
        'Someone (we hope you) asked to reset the password of your Persona Lab account. Open the link to choose a new one: it works once, for one hour.',
        'Resetting the password signs you out everywhere.',
      ],
      action: { label: 'Choose a new password', url: this.resetLink(token) },
      footer: 'If you did not ask for this, ignore this mail: your password stays as it is.',
    });
    await this.mail.enqueue(
      {
        to: to.email,
        subject: 'Reset your Persona Lab password',
        ...body,
        category: 'password-reset',
      },
      tx,
    );
  }
}
