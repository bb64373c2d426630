import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, batchLoad, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { MailDeliveryReader, MailService } from '@persona-lab/mail';
import { StudyAccessService } from '@persona-lab/studies';
import { InvitationRepository, type InvitationToMail } from '../data/invitation.repository';
import { SurveyRepository, type SurveyRow } from '../data/survey.repository';
import type { Invitation } from '../models/survey.model';
import { SurveyService, closedReason } from '../survey.service';
import { AddressListError, parseAddressList } from './address-list';
import { toDelivery, type LastMail } from './delivery-state';
import type {
  InvitationDelivery,
  InvitationSendReport,
  RejectedAddress,
  SendSurveyInvitationsInput,
} from './invitation-mail.model';
import { INVITATION_MAIL, REMINDER_MAIL, invitationMail } from './invitation-mail';

/** PUBLIC_URL: the base of the links in mails. */
export const SURVEYS_PUBLIC_URL = Symbol('SURVEYS_PUBLIC_URL');
/** The reminder sweep: one pg-boss schedule for the deployment, like the stale-run sweep. */
export const SEND_REMINDERS_JOB = 'surveys-send-reminders';
const REMINDER_BATCH = 500;

const newToken = () => randomBytes(18).toString('base64url');
const toInvitation = (i: InvitationToMail): Invitation => ({
  id: i.id,
  email: i.email,
  token: i.token,
  status: i.status,
});

/**
 * Survey invitations by email: sending a list (each new address gets a single-use link and one
 * mail, queued in the same transaction), resending, reminders on a schedule, unsubscribing and
 * each invitation's delivery. Logs carry counts and ids, never an address.
 */
@Injectable()
export class InvitationMailService implements OnModuleInit {
  private readonly logger = new Logger('SurveyInvitations');

  constructor(
    private readonly surveys: SurveyService,
    private readonly surveyRows: SurveyRepository,
    private readonly invitations: InvitationRepository,
    private readonly mail: MailService,
    private readonly deliveries: MailDeliveryReader,
    private readonly queue: JobQueue,
    private readonly access: StudyAccessService,
    @Inject(SURVEYS_PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.schedule(SEND_REMINDERS_JOB, '*/10 * * * *', async () => {
      await this.sendDueReminders();
    });
  }

  get emailEnabled(): boolean {
    return this.mail.enabled;
  }

  /** Refuses a survey that cannot be answered now, in a sentence that says what to do. */
  private requireOpen(row: SurveyRow, complete: number): void {
    if (row.status === 'DRAFT')
      throw conflict('This survey is still a draft. Publish it before sending invitations.');
    const reason = closedReason(row, complete);
    if (reason)
      throw conflict(
        `${reason} Reopen it (publish it again, or change its closing date or response limit) before sending invitations.`,
      );
  }

  private async completeCount(row: SurveyRow): Promise<number> {
    return row.response_limit ? (await this.surveys.counts(row.id)).complete : 0;
  }

  /**
   * Invites every valid, new address of the list by mail; every other line is reported with
   * its reason, and the valid ones are still sent.
   */
  async send(user: AuthUser, input: SendSurveyInvitationsInput): Promise<InvitationSendReport> {
    const survey = await this.surveys.requireSurvey(user, input.surveyId, Right.RESEARCH);
    this.requireOpen(survey, await this.completeCount(survey));
    const afterDays = input.reminderAfterDays ?? null;
    const maxReminders = input.maxReminders ?? (afterDays ? 1 : 0);
    if (maxReminders > 0 && afterDays === null)
      throw badInput(
        'Say after how many days a reminder goes (reminderAfterDays), or set maxReminders to 0.',
        { field: 'reminderAfterDays' },
      );
    let entries;
    try {
      entries = parseAddressList(input.addresses);
    } catch (error) {
      if (error instanceof AddressListError) throw badInput(error.message, { field: 'addresses' });
      throw error;
    }

    const rejected: RejectedAddress[] = [];
    const firstLine = new Map<string, number>();
    const candidates: { line: number; text: string; address: string }[] = [];
    for (const e of entries) {
      if (!e.address) {
        rejected.push({
          line: e.line,
          text: e.text,
          reason: 'INVALID_ADDRESS',
          message: 'Not an email address.',
        });
      } else if (firstLine.has(e.address)) {
        rejected.push({
          line: e.line,
          text: e.text,
          reason: 'DUPLICATE',
          message: `Listed before, on line ${firstLine.get(e.address)}.`,
        });
      } else {
        firstLine.set(e.address, e.line);
        candidates.push({ line: e.line, text: e.text, address: e.address });
      }
    }

    const sent = await this.surveyRows.transaction(async (tx) => {
      // Concurrent sends to one survey queue here, so an address is never invited twice.
      await this.invitations.lockSends(survey.id, tx);
      const current = await this.surveys.row(survey.id, tx);
      this.requireOpen(current, await this.completeCount(current));
      const existing = new Map(
        (
          await this.invitations.existingAddresses(
            survey.id,
            candidates.map((c) => c.address),
            tx,
          )
        ).map((e) => [e.email, e.unsubscribed]),
      );
      const fresh = candidates.filter((c) => {
        if (!existing.has(c.address)) return true;
        rejected.push(
          existing.get(c.address)
            ? {
                line: c.line,
                text: c.text,
                reason: 'UNSUBSCRIBED',
                message:
                  'Unsubscribed from this survey: no more mail goes to this address about it.',
              }
            : {
                line: c.line,
                text: c.text,
                reason: 'ALREADY_INVITED',
                message:
                  'Already invited to this survey. Use Resend on their invitation to mail them again.',
              },
        );
        return false;
      });
      if (fresh.length === 0) return [];
      const created = await this.invitations.insertForMail(
        survey.id,
        fresh.map((c) => ({ email: c.address, token: newToken(), unsubscribeToken: newToken() })),
        { afterDays, max: maxReminders },
        tx,
      );
      const mails: { id: string; mailId: string }[] = [];
      for (const invitation of created)
        mails.push({
          id: invitation.id,
          mailId: await this.mail.enqueue(this.compose('invitation', current, invitation), tx),
        });
      await this.invitations.recordMails(mails, tx);
      return created.map(toInvitation);
    });
    rejected.sort((a, b) => a.line - b.line);
    this.logger.log(
      `Survey ${survey.id}: ${sent.length} invitation mails queued, ${rejected.length} lines rejected`,
    );
    return { sent, rejected, emailEnabled: this.mail.enabled };
  }

  /** Mails an invitation's link again (not to one completed or unsubscribed). */
  async resend(user: AuthUser, invitationId: string): Promise<Invitation> {
    let survey: SurveyRow | undefined;
    await this.access.requireVia(
      user,
      async (id) => {
        const surveyId = await this.invitations.surveyIdOf(id);
        survey = surveyId ? await this.surveyRows.byId(surveyId) : undefined;
        return survey?.study_id;
      },
      invitationId,
      Right.RESEARCH,
      'The invitation',
    );
    const row = survey!;
    this.requireOpen(row, await this.completeCount(row));
    return this.surveyRows.transaction(async (tx) => {
      const invitation = await this.invitations.lockForMail(invitationId, newToken(), tx);
      if (!invitation) throw notFound('The invitation');
      if (invitation.unsubscribed_at)
        throw conflict(
          'This address unsubscribed from this survey: no more mail goes to it about this survey.',
        );
      if (invitation.status === 'COMPLETED')
        throw conflict(
          'This invitation has already been used to complete the survey; there is nothing to resend.',
        );
      const mailId = await this.mail.enqueue(this.compose('invitation', row, invitation), tx);
      await this.invitations.recordMails([{ id: invitation.id, mailId }], tx);
      return toInvitation(invitation);
    });
  }

  /**
   * Queues the reminders due at `now`, each in its own transaction: the row's reminder count is
   * taken by a conditional update, so two sweeps at once (or a retried one) never send one twice.
   * An invitation whose last mail bounced gets no more. Returns how many were queued.
   */
  async sendDueReminders(now: Date = new Date()): Promise<number> {
    const due = await this.invitations.dueForReminder(now, REMINDER_BATCH);
    if (due.length === 0) return 0;
    const last = await this.lastMails(due.map((d) => ({ id: d.id, lastMailId: d.last_mail_id })));
    const surveys = new Map<string, SurveyRow | undefined>();
    let queued = 0;
    for (const d of due) {
      if (last.get(d.id)?.status === 'FAILED') continue;
      const done = await this.surveyRows.transaction(async (tx) => {
        const invitation = await this.invitations.claimReminder(d.id, d.reminders_sent, now, tx);
        if (!invitation) return false;
        if (!surveys.has(invitation.survey_id))
          surveys.set(invitation.survey_id, await this.surveyRows.byId(invitation.survey_id, tx));
        const survey = surveys.get(invitation.survey_id)!;
        const mailId = await this.mail.enqueue(this.compose('reminder', survey, invitation), tx);
        await this.invitations.recordMails([{ id: invitation.id, mailId }], tx, now);
        return true;
      });
      if (done) queued += 1;
    }
    if (queued) this.logger.log(`${queued} survey reminder mails queued`);
    return queued;
  }

  /** Stops mail about one survey to the address of this unsubscribe link; false for an unknown link. */
  unsubscribe(token: string): Promise<boolean> {
    if (token.length > 100) return Promise.resolve(false);
    return this.invitations.unsubscribe(token);
  }

  /** `Invitation.delivery`, read for every invitation of a GraphQL request in two queries and two mail reads. */
  deliveryBatched(ctx: object, invitationId: string): Promise<InvitationDelivery | null> {
    return batchLoad(
      ctx,
      'surveys.invitationDelivery',
      (ids: readonly string[]) => this.loadDeliveries(ids),
      invitationId,
    );
  }

  private async loadDeliveries(ids: readonly string[]): Promise<(InvitationDelivery | null)[]> {
    const states = await this.invitations.mailStates(ids);
    const last = await this.lastMails(
      states.map((s) => ({ id: s.id, lastMailId: s.last_mail_id })),
    );
    const byId = new Map(states.map((s) => [s.id, toDelivery(s, last.get(s.id))]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The newest mail of each invitation (an invitation or a reminder: the one it recorded last). */
  private async lastMails(
    rows: readonly { id: string; lastMailId: string | null }[],
  ): Promise<Map<string, LastMail>> {
    const mailed = rows.filter((r) => r.lastMailId);
    const out = new Map<string, LastMail>();
    if (mailed.length === 0) return out;
    const ids = mailed.map((r) => r.id);
    const [invitations, reminders] = await Promise.all([
      this.deliveries.byRef(INVITATION_MAIL, ids),
      this.deliveries.byRef(REMINDER_MAIL, ids),
    ]);
    for (const r of mailed) {
      const candidates = [invitations.get(r.id), reminders.get(r.id)];
      const mail = candidates.find((m) => m?.id === r.lastMailId) ?? candidates.find(Boolean);
      if (mail) out.set(r.id, mail);
    }
    return out;
  }

  private compose(
    kind: 'invitation' | 'reminder',
    survey: SurveyRow,
    invitation: InvitationToMail,
  ) {
    return invitationMail({
      kind,
      invitationId: invitation.id,
      to: invitation.email,
      surveyTitle: survey.title,
      surveyDescription: survey.description,
      publicUrl: this.publicUrl,
      slug: survey.slug,
      token: invitation.token,
      unsubscribeToken: invitation.unsubscribe_token!,
    });
  }
}
