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
}
