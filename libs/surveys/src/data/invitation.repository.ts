import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

type InvitationStatus = InvitationEntity['status'];

/** An invitation as researchers see it. */
export interface InvitationRow {
  id: string;
  email: string;
  token: string;
  status: InvitationStatus;
}

/** What a submission needs to know about the invitation it uses. */
export interface InvitationClaim {
  id: string;
  status: InvitationStatus;
  client_response_id: string | null;
}

/** What an invitation's mail state is made of (`Invitation.delivery`). */
export interface InvitationMailState {
  id: string;
  status: InvitationStatus;
  last_mail_id: string | null;
  last_mailed_at: Date | null;
  reminders_sent: number;
  max_reminders: number;
  reminder_after_days: number | null;
  opened_at: Date | null;
  unsubscribed_at: Date | null;
}

/** An invitation about to be mailed (a first send, a resend or a reminder). */
export interface InvitationToMail {
  id: string;
  survey_id: string;
  email: string;
  token: string;
  unsubscribe_token: string | null;
  status: InvitationStatus;
  unsubscribed_at: Date | null;
  reminders_sent: number;
}

/** An invitation the reminder sweep may remind. */
export interface ReminderCandidate {
  id: string;
  reminders_sent: number;
  last_mail_id: string | null;
}

const MAIL_STATE =
  'id, status, last_mail_id, last_mailed_at, reminders_sent, max_reminders, reminder_after_days, opened_at, unsubscribed_at';
const TO_MAIL =
  'id, survey_id, email, token, unsubscribe_token, status, unsubscribed_at, reminders_sent';

/** The invitation table: single-use links to a survey. */
@Injectable()
export class InvitationRepository {
  constructor(
    @InjectRepository(InvitationEntity) private readonly repo: Repository<InvitationEntity>,
  ) {}

  /** The survey's invitations of these addresses. */
  byEmails(
    surveyId: string,
    emails: readonly string[],
    manager: EntityManager = this.repo.manager,
  ): Promise<InvitationRow[]> {
    return manager.query(
      'SELECT id, email, token, status FROM invitation WHERE survey_id = $1 AND email = ANY($2)',
      [surveyId, emails],
    );
  }

  /** New invitations, one per address with its token (same order). */
  insertMany(
    surveyId: string,
    emails: readonly string[],
    tokens: readonly string[],
    manager: EntityManager = this.repo.manager,
  ): Promise<InvitationRow[]> {
    return manager.query(
      `INSERT INTO invitation (survey_id, email, token)
       SELECT $1, e, t FROM unnest($2::text[], $3::text[]) AS x(e, t)
       RETURNING id, email, token, status`,
      [surveyId, emails, tokens],
    );
  }

  /** The survey's invitations, oldest first. */
  list(surveyId: string): Promise<InvitationRow[]> {
    return this.repo.query(
      'SELECT id, email, token, status FROM invitation WHERE survey_id = $1 ORDER BY created_at, email',
      [surveyId],
    );
  }

  /** The status of the survey's invitation with this token, or undefined when there is none. */
  async status(surveyId: string, token: string): Promise<InvitationStatus | undefined> {
    const [row] = await this.repo.query(
      'SELECT status FROM invitation WHERE survey_id = $1 AND token = $2',
      [surveyId, token],
    );
    return row?.status;
  }

  /** The survey's invitation with this token, locked for the rest of the caller's transaction. */
  async claim(
    surveyId: string,
    token: string,
    manager: EntityManager,
  ): Promise<InvitationClaim | undefined> {
    const [row] = await manager.query(
      'SELECT id, status, client_response_id FROM invitation WHERE token = $1 AND survey_id = $2 FOR UPDATE',
      [token, surveyId],
    );
    return row;
  }

  /**
   * On an anonymous survey an invitation keeps only how far its respondent got: no response
   * id and no participant, so nothing joins the invited address to the answers.
   */
  async markStatus(id: string, status: InvitationStatus, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE invitation SET status = $2 WHERE id = $1', [id, status]);
  }

  /** A survey turned anonymous: its invitations keep only their status. */
  async forgetLinks(surveyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE invitation SET client_response_id = NULL, participant_id = NULL
        WHERE survey_id = $1 AND (client_response_id IS NOT NULL OR participant_id IS NOT NULL)`,
      [surveyId],
    );
  }

  /** Records the response an invitation was used for; a participant, once linked, stays. */
  async markUsed(
    id: string,
    use: { status: InvitationStatus; clientResponseId: string; participantId: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE invitation SET status = $2, client_response_id = $3, participant_id = COALESCE(participant_id, $4) WHERE id = $1`,
      [id, use.status, use.clientResponseId, use.participantId],
    );
  }

  /**
   * Orders sends to one survey for the rest of the caller's transaction (an advisory lock, so a
   * long send never holds the survey row that responses and edits use).
   */
  async lockSends(surveyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      "SELECT pg_advisory_xact_lock(hashtextextended('invitation-send:' || $1, 0))",
      [surveyId],
    );
  }

  /** The survey's invitations of these addresses, with whether each unsubscribed. */
  existingAddresses(
    surveyId: string,
    emails: readonly string[],
    manager: EntityManager,
  ): Promise<{ email: string; unsubscribed: boolean }[]> {
    return manager.query(
      `SELECT email, unsubscribed_at IS NOT NULL AS unsubscribed
         FROM invitation WHERE survey_id = $1 AND email = ANY($2)`,
      [surveyId, emails],
    );
  }

  /** New invitations that will be mailed, with their reminder settings (same order as given). */
  insertForMail(
    surveyId: string,
    rows: readonly { email: string; token: string; unsubscribeToken: string }[],
    reminders: { afterDays: number | null; max: number },
    manager: EntityManager,
  ): Promise<InvitationToMail[]> {
    return manager.query(
      `INSERT INTO invitation (survey_id, email, token, unsubscribe_token, reminder_after_days, max_reminders)
       SELECT $1, e, t, u, $5, $6 FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(e, t, u, n)
       ORDER BY n
       RETURNING ${TO_MAIL}`,
      [
        surveyId,
        rows.map((r) => r.email),
        rows.map((r) => r.token),
        rows.map((r) => r.unsubscribeToken),
        reminders.afterDays,
        reminders.max,
      ],
    );
  }

  /** Records the newest mail of each invitation (enqueued now). */
  async recordMails(
    mails: readonly { id: string; mailId: string }[],
    manager: EntityManager,
    now: Date = new Date(),
  ): Promise<void> {
    if (mails.length === 0) return;
    await manager.query(
      `UPDATE invitation i SET last_mail_id = m.mail_id, last_mailed_at = $3
         FROM unnest($1::uuid[], $2::text[]) AS m(id, mail_id) WHERE i.id = m.id`,
      [mails.map((m) => m.id), mails.map((m) => m.mailId), now],
    );
  }

  /** The survey an invitation belongs to (for access checks), or undefined. */
  async surveyIdOf(id: string): Promise<string | undefined> {
    const [row] = await this.repo.query('SELECT survey_id FROM invitation WHERE id = $1', [id]);
    return row?.survey_id;
  }

  /** The invitation locked for the rest of the caller's transaction, given an unsubscribe token when it has none. */
  async lockForMail(
    id: string,
    unsubscribeToken: string,
    manager: EntityManager,
  ): Promise<InvitationToMail | undefined> {
    const [row] = await manager.query(
      // UPDATE takes the row lock; a CTE so the driver hands back the rows (a bare UPDATE answers [rows, count]).
      `WITH u AS (UPDATE invitation SET unsubscribe_token = COALESCE(unsubscribe_token, $2)
                   WHERE id = $1 RETURNING ${TO_MAIL})
       SELECT * FROM u`,
      [id, unsubscribeToken],
    );
    return row;
  }

  /** The mail state of these invitations, one query whatever the number of ids. */
  mailStates(ids: readonly string[]): Promise<InvitationMailState[]> {
    return this.repo.query(`SELECT ${MAIL_STATE} FROM invitation WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /**
   * Mailed invitations whose reminder is due at `now`: not completed, not unsubscribed, fewer
   * reminders than allowed, the last mail at least `reminder_after_days` old, on a survey that
   * still takes responses. Oldest mail first.
   */
  dueForReminder(now: Date, limit: number): Promise<ReminderCandidate[]> {
    return this.repo.query(
      `SELECT i.id, i.reminders_sent, i.last_mail_id
         FROM invitation i JOIN survey s ON s.id = i.survey_id
        WHERE i.reminders_sent < i.max_reminders AND i.reminder_after_days IS NOT NULL
          AND i.unsubscribed_at IS NULL AND i.status <> 'COMPLETED' AND i.last_mail_id IS NOT NULL
          AND i.unsubscribe_token IS NOT NULL
          AND i.last_mailed_at <= $1::timestamptz - make_interval(days => i.reminder_after_days)
          AND s.status = 'OPEN' AND (s.closes_at IS NULL OR s.closes_at > $1)
          AND (s.response_limit IS NULL
               OR (SELECT count(*) FROM response r WHERE r.survey_id = s.id AND r.complete) < s.response_limit)
        ORDER BY i.last_mailed_at
        LIMIT $2`,
      [now, limit],
    );
  }

  /**
   * Takes one reminder of the invitation, only if it is still due and no one took it since
   * `remindersSent` was read (the row lock makes a concurrent sweep wait, then find it taken):
   * the invitation to mail, or undefined when there is nothing to send.
   */
  async claimReminder(
    id: string,
    remindersSent: number,
    now: Date,
    manager: EntityManager,
  ): Promise<InvitationToMail | undefined> {
    const [row] = await manager.query(
      `WITH u AS (
         UPDATE invitation SET reminders_sent = reminders_sent + 1, last_mailed_at = $3
          WHERE id = $1 AND reminders_sent = $2 AND reminders_sent < max_reminders
            AND unsubscribed_at IS NULL AND status <> 'COMPLETED' AND reminder_after_days IS NOT NULL
            AND unsubscribe_token IS NOT NULL
            AND last_mailed_at <= $3::timestamptz - make_interval(days => reminder_after_days)
          RETURNING ${TO_MAIL})
       SELECT * FROM u`,
      [id, remindersSent, now],
    );
    return row;
  }

  /** Stamps the first time the invitation's link was opened. */
  async markOpened(surveyId: string, token: string): Promise<void> {
    await this.repo.query(
      'UPDATE invitation SET opened_at = now() WHERE survey_id = $1 AND token = $2 AND opened_at IS NULL',
      [surveyId, token],
    );
  }

  /** Unsubscribes the address of this unsubscribe token from its survey; false when no invitation has the token. */
  async unsubscribe(unsubscribeToken: string): Promise<boolean> {
    const rows = await this.repo.query(
      `WITH u AS (UPDATE invitation SET unsubscribed_at = COALESCE(unsubscribed_at, now())
                   WHERE unsubscribe_token = $1 RETURNING id)
       SELECT id FROM u`,
      [unsubscribeToken],
    );
    return rows.length > 0;
  }
}
