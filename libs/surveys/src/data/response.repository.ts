import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { ResponseEntity } from './response.entity';
import type { SurveyRow } from './survey.repository';

/** What a submission is acknowledged with. */
export interface SavedResponse {
  responseId: string;
  complete: boolean;
}

/** One plain submission (no invitation, participant or response limit) for the group-commit writer. */
export interface PlainWrite {
  survey_id: string;
  client_response_id: string;
  survey_version: number;
  complete: boolean;
  answers: Record<string, unknown>;
  hidden_fields: Record<string, string> | null;
  ip: string;
  user_agent: string | null;
}

/** A row `writePlainBatch` stored: the acknowledgement and the item it belongs to. */
export interface PlainWritten extends SavedResponse {
  survey_id: string;
  client_response_id: string;
}

/** The survey fields a submission is checked against. */
export type SurveyHead = Pick<
  SurveyRow,
  'id' | 'study_id' | 'status' | 'version' | 'anonymous' | 'closes_at' | 'response_limit'
>;

/** A survey found by slug, with any earlier save of the same response. */
export interface SubmissionTarget extends SurveyHead {
  existing_id: string | null;
  existing_complete: boolean | null;
  existing_version: number | null;
}

/** One response to store (insert, or replace a partial save of the same version). */
export interface ResponseWrite {
  surveyId: string;
  clientResponseId: string;
  surveyVersion: number;
  complete: boolean;
  answers: Record<string, unknown>;
  hiddenFields: Record<string, string> | null;
  participantId: string | null;
  invitationId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Many plain submissions in one statement. The survey's state is checked in
 * the same statement (still OPEN, same version, no limit, not past its date),
 * so a stale memo of open surveys can only send a submission down the full path,
 * never store it where it does not belong. A row comes back only if it was
 * inserted or a partial save was replaced; anything else (a completed
 * response, a save of another version) is left to the full path to explain.
 */
const PLAIN_BATCH_SQL = `
  INSERT INTO response AS r (survey_id, client_response_id, survey_version, complete, answers, hidden_fields, ip, user_agent)
  SELECT x.survey_id, x.client_response_id, x.survey_version, x.complete, x.answers, x.hidden_fields,
         CASE WHEN s.anonymous THEN NULL ELSE x.ip END, CASE WHEN s.anonymous THEN NULL ELSE x.user_agent END
    FROM jsonb_to_recordset($1::jsonb) AS x(survey_id uuid, client_response_id text, survey_version int, complete boolean,
                                             answers jsonb, hidden_fields jsonb, ip text, user_agent text)
    JOIN survey s ON s.id = x.survey_id
   WHERE s.status = 'OPEN' AND s.version = x.survey_version AND s.response_limit IS NULL
     AND (s.closes_at IS NULL OR s.closes_at > now())
  ON CONFLICT (survey_id, client_response_id) DO UPDATE
    SET answers = EXCLUDED.answers, complete = EXCLUDED.complete, submitted_at = now(),
        hidden_fields = COALESCE(EXCLUDED.hidden_fields, r.hidden_fields)
    WHERE r.complete = false AND r.survey_version = EXCLUDED.survey_version
  RETURNING r.id AS "responseId", r.complete, r.survey_id::text AS survey_id, r.client_response_id`;

/** The response table as submissions write it, and the counts that decide whether a survey still takes responses. */
@Injectable()
export class ResponseRepository {
  constructor(
    @InjectRepository(ResponseEntity) private readonly repo: Repository<ResponseEntity>,
  ) {}

  /** Writes a batch of plain submissions in one statement (see PLAIN_BATCH_SQL); the rows it stored. */
  writePlainBatch(items: readonly PlainWrite[]): Promise<PlainWritten[]> {
    return this.repo.query(PLAIN_BATCH_SQL, [JSON.stringify(items)]);
  }

  /** One round trip finds the survey and any earlier save of this response; undefined when no survey has the slug. */
  async submissionTarget(
    slug: string,
    clientResponseId: string,
  ): Promise<SubmissionTarget | undefined> {
    const [found] = await this.repo.query(
      `SELECT s.id, s.study_id, s.status, s.version, s.anonymous, s.closes_at, s.response_limit,
              r.id AS existing_id, r.complete AS existing_complete, r.survey_version AS existing_version
         FROM survey s LEFT JOIN response r ON r.survey_id = s.id AND r.client_response_id = $2
        WHERE s.slug = $1`,
      [slug, clientResponseId],
    );
    return found;
  }

  /** All responses of a survey and the complete ones. */
  async counts(surveyId: string): Promise<{ total: number; complete: number }> {
    const [row] = await this.repo.query(
      'SELECT count(*)::int AS total, count(*) FILTER (WHERE complete)::int AS complete FROM response WHERE survey_id = $1',
      [surveyId],
    );
    return row;
  }

  /** `counts` of each of these surveys, in one query; a survey without responses has no row. */
  countsOf(
    surveyIds: readonly string[],
  ): Promise<{ survey_id: string; total: number; complete: number }[]> {
    if (!surveyIds.length) return Promise.resolve([]);
    return this.repo.query(
      `SELECT survey_id, count(*)::int AS total, count(*) FILTER (WHERE complete)::int AS complete
         FROM response WHERE survey_id = ANY($1::uuid[]) GROUP BY survey_id`,
      [[...new Set(surveyIds)]],
    );
  }

  async completeCount(
    surveyId: string,
    manager: EntityManager = this.repo.manager,
  ): Promise<number> {
    const [{ n }] = await manager.query(
      'SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND complete',
      [surveyId],
    );
    return n;
  }

  /**
   * Inserts the response, or replaces a partial save of the same version as a whole (a participant
   * or invitation, once linked, stays); undefined when nothing was written (the response is
   * complete or answers another version).
   */
  async upsert(
    w: ResponseWrite,
    manager: EntityManager = this.repo.manager,
  ): Promise<SavedResponse | undefined> {
    const rows: SavedResponse[] = await manager.query(
      `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, hidden_fields,
                             participant_id, invitation_id, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (survey_id, client_response_id) DO UPDATE
         SET answers = EXCLUDED.answers, complete = EXCLUDED.complete, submitted_at = now(),
             hidden_fields = COALESCE(EXCLUDED.hidden_fields, response.hidden_fields),
             participant_id = COALESCE(EXCLUDED.participant_id, response.participant_id),
             invitation_id = COALESCE(EXCLUDED.invitation_id, response.invitation_id)
       WHERE response.complete = false AND response.survey_version = EXCLUDED.survey_version
       RETURNING id AS "responseId", complete`,
      [
        w.surveyId,
        w.clientResponseId,
        w.surveyVersion,
        w.complete,
        w.answers,
        w.hiddenFields,
        w.participantId,
        w.invitationId,
        w.ip,
        w.userAgent,
      ],
    );
    return rows[0];
  }

  /** The stored response with this client id, if any. */
  async byClientId(
    surveyId: string,
    clientResponseId: string,
    manager: EntityManager = this.repo.manager,
  ): Promise<SavedResponse | undefined> {
    const [row] = await manager.query(
      'SELECT id AS "responseId", complete FROM response WHERE survey_id = $1 AND client_response_id = $2',
      [surveyId, clientResponseId],
    );
    return row;
  }

  /** A survey turned anonymous: its responses no longer name the invitation they came through. */
  async forgetInvitations(surveyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE response SET invitation_id = NULL WHERE survey_id = $1 AND invitation_id IS NOT NULL',
      [surveyId],
    );
  }
}
