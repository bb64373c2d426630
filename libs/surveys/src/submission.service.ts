import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupCommit } from '@persona-lab/db';
import { DomainError, ErrorCode, badInput, conflict, notFound } from '@persona-lab/errors';
import { ParticipantService } from '@persona-lab/studies';
import { validateResponse } from '@persona-lab/survey-logic';
import type { SubmitResponseInput } from './dto/survey.input';
import type { SubmitResponsePayload } from './models/response.model';
import { closedReason, type SurveyRow } from './survey.service';
import { SurveyVersionStore } from './survey-version.store';

export const PUBLIC_RATE_LIMIT = Symbol('PUBLIC_RATE_LIMIT');

export interface SubmissionMeta {
  ip: string;
  userAgent: string | null;
}

type SurveyHead = Pick<SurveyRow, 'id' | 'study_id' | 'status' | 'version' | 'anonymous' | 'closes_at' | 'response_limit'>;

interface InvitationRow {
  id: string;
  status: 'PENDING' | 'STARTED' | 'COMPLETED';
  client_response_id: string | null;
}

const MAX_HIDDEN_FIELDS = 30;

/** What the group-commit path needs to know about an open survey, keyed by slug. */
interface OpenSurvey {
  id: string;
  version: number;
}

/** One plain submission (no invitation, participant or response limit) for the group-commit writer. */
interface PlainWrite {
  survey_id: string;
  client_response_id: string;
  survey_version: number;
  complete: boolean;
  answers: Record<string, unknown>;
  hidden_fields: Record<string, string> | null;
  ip: string;
  user_agent: string | null;
}

/**
 * Many plain submissions in one statement. The survey's state is checked in
 * the same statement (still OPEN, same version, no limit, not past its date),
 * so a stale `OpenSurvey` memo can only send a submission down the full path,
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

const plainKey = (w: Pick<PlainWrite, 'survey_id' | 'client_response_id'>) => `${w.survey_id}\u0000${w.client_response_id}`;

/** Hidden fields are a flat map of short strings: anything else is refused, never stored half-way. */
function cleanHiddenFields(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput('hiddenFields must be an object of names and values.', { field: 'hiddenFields' });
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_HIDDEN_FIELDS) throw badInput(`Send at most ${MAX_HIDDEN_FIELDS} hidden fields.`, { field: 'hiddenFields' });
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (k.length > 64 || !['string', 'number', 'boolean'].includes(typeof v) || String(v).length > 500) {
      throw badInput(`Hidden field "${k.slice(0, 64)}" must be a short text value (up to 500 characters).`, { field: 'hiddenFields' });
    }
    out[k] = String(v);
  }
  return out;
}

/**
 * The respondent's side of a survey. A submission is validated as a whole
 * against the survey version it answers and stored all-or-nothing; the same
 * `clientResponseId` never makes a second response (a database constraint
 * decides, so concurrent retries are safe).
 */
@Injectable()
export class SubmissionService {
  private readonly limiter: RateLimiterMemory;
  /** Open surveys seen by the full path (slug → id, version); the batch statement re-checks them. */
  private readonly openSurveys = new Map<string, OpenSurvey>();
  private static readonly MAX_OPEN_SURVEYS = 1000;
  /** Plain submissions arriving together share one INSERT and one commit. */
  private readonly plainWrites = new GroupCommit<PlainWrite, SubmitResponsePayload | null>({
    key: plainKey,
    writeBatch: (items) => this.writePlainBatch(items),
  });

  constructor(
    private readonly db: DataSource,
    private readonly versions: SurveyVersionStore,
    private readonly participants: ParticipantService,
    @Inject(PUBLIC_RATE_LIMIT) perMinute: number,
  ) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  async rateLimit(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many requests from your network. Wait a minute and try again.');
    }
  }

  async submit(input: SubmitResponseInput, meta: SubmissionMeta): Promise<SubmitResponsePayload> {
    await this.rateLimit(meta.ip);
    return (await this.submitPlain(input, meta)) ?? (await this.submitChecked(input, meta));
  }

  /**
   * The common case, group-committed: a survey the full path has seen open, no
   * invitation or participant, a valid answer set. Returns null whenever the
   * full path must decide (it then gives exactly the answer it always gives).
   */
  private async submitPlain(input: SubmitResponseInput, meta: SubmissionMeta): Promise<SubmitResponsePayload | null> {
    const open = this.openSurveys.get(input.slug);
    if (!open || input.invitationToken) return null;
    let hiddenFields: Record<string, string> | null;
    try {
      hiddenFields = cleanHiddenFields(input.hiddenFields);
    } catch {
      return null;
    }
    if (hiddenFields?.participant?.trim()) return null;
    const checked = validateResponse(await this.versions.get(open.id, open.version), input.answers, { complete: input.complete });
    if (!checked.ok) return null;
    return this.plainWrites.write({
      survey_id: open.id,
      client_response_id: input.clientResponseId,
      survey_version: open.version,
      complete: input.complete,
      answers: checked.answers,
      hidden_fields: hiddenFields,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 500) ?? null,
    });
  }

  private async writePlainBatch(items: PlainWrite[]): Promise<(SubmitResponsePayload | null)[]> {
    const rows: (SubmitResponsePayload & { survey_id: string; client_response_id: string })[] = await this.db.query(PLAIN_BATCH_SQL, [
      JSON.stringify(items),
    ]);
    const byKey = new Map(rows.map((r) => [plainKey(r), { responseId: r.responseId, complete: r.complete }]));
    return items.map((w) => byKey.get(plainKey(w)) ?? null);
  }

  private rememberOpen(slug: string, survey: SurveyHead | null): void {
    if (!survey || survey.response_limit) {
      this.openSurveys.delete(slug);
      return;
    }
    if (this.openSurveys.size >= SubmissionService.MAX_OPEN_SURVEYS && !this.openSurveys.has(slug)) {
      this.openSurveys.delete(this.openSurveys.keys().next().value!);
    }
    this.openSurveys.set(slug, { id: survey.id, version: survey.version });
  }

  /** The full path: reads the survey and any earlier save, explains every refusal, handles invitations, participants and limits. */
  private async submitChecked(input: SubmitResponseInput, meta: SubmissionMeta): Promise<SubmitResponsePayload> {
    // One round trip finds the survey and any earlier save of this response.
    const [found]: (SurveyHead & { existing_id: string | null; existing_complete: boolean | null; existing_version: number | null })[] = await this.db.query(
      `SELECT s.id, s.study_id, s.status, s.version, s.anonymous, s.closes_at, s.response_limit,
              r.id AS existing_id, r.complete AS existing_complete, r.survey_version AS existing_version
         FROM survey s LEFT JOIN response r ON r.survey_id = s.id AND r.client_response_id = $2
        WHERE s.slug = $1`,
      [input.slug, input.clientResponseId],
    );
    if (!found) {
      this.rememberOpen(input.slug, null);
      throw notFound('The survey');
    }
    const survey: SurveyHead = found;
    const existing = found.existing_id ? { id: found.existing_id, complete: found.existing_complete!, survey_version: found.existing_version! } : null;
    // A retry of a finished submission gets the same acknowledgement, even after the survey has closed.
    if (existing?.complete) return { responseId: existing.id, complete: true };

    const complete = survey.response_limit ? await this.completeCount(this.db.manager, survey.id) : 0;
    const reason = closedReason(survey, complete);
    this.rememberOpen(input.slug, reason ? null : survey);
    if (reason) throw conflict(reason);

    const version = existing?.survey_version ?? survey.version;
    const definition = await this.versions.get(survey.id, version);
    const checked = validateResponse(definition, input.answers, { complete: input.complete });
    if (!checked.ok) {
      const first = checked.errors[0];
      throw badInput(first.message, { questionId: first.questionId, errors: checked.errors });
    }
    const hiddenFields = cleanHiddenFields(input.hiddenFields);
    const participantLabel = hiddenFields?.participant?.trim();
    const simple = !input.invitationToken && !survey.response_limit && !participantLabel;
    const write = (m: EntityManager, extra: { participantId: string | null; invitationId: string | null }) =>
      this.upsert(m, survey, version, input, checked.answers, hiddenFields, meta, extra);

    const result = simple
      ? await write(this.db.manager, { participantId: null, invitationId: null })
      : await this.db.transaction(async (tx) => {
          const invitation = input.invitationToken ? await this.claimInvitation(tx, survey.id, input.invitationToken, input.clientResponseId) : null;
          if (survey.response_limit && input.complete) {
            await tx.query('SELECT 1 FROM survey WHERE id = $1 FOR UPDATE', [survey.id]);
            if ((await this.completeCount(tx, survey.id)) >= survey.response_limit) {
              throw conflict('This survey has reached its response limit and no longer takes responses.');
            }
          }
          const participantId = participantLabel
            ? await this.participants.findOrCreate(tx, survey.study_id, participantLabel.slice(0, 200))
            : null;
          const saved = await write(tx, { participantId, invitationId: survey.anonymous ? null : (invitation?.id ?? null) });
          if (invitation) {
            await tx.query(`UPDATE invitation SET status = $2, client_response_id = $3, participant_id = COALESCE(participant_id, $4) WHERE id = $1`, [
              invitation.id,
              saved.complete ? 'COMPLETED' : 'STARTED',
              input.clientResponseId,
              participantId,
            ]);
          }
          if (survey.response_limit && saved.complete && (await this.completeCount(tx, survey.id)) >= survey.response_limit) {
            await tx.query(`UPDATE survey SET status = 'CLOSED', updated_at = now() WHERE id = $1`, [survey.id]);
          }
          return saved;
        });
    return result;
  }

  private async completeCount(m: EntityManager, surveyId: string): Promise<number> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND complete', [surveyId]);
    return n;
  }

  /** Locks the invitation for this transaction and checks it may still be used. */
  private async claimInvitation(tx: EntityManager, surveyId: string, token: string, clientResponseId: string): Promise<InvitationRow> {
    const [inv]: InvitationRow[] = await tx.query(
      'SELECT id, status, client_response_id FROM invitation WHERE token = $1 AND survey_id = $2 FOR UPDATE',
      [token, surveyId],
    );
    if (!inv) throw badInput('This invitation link is not valid for this survey. Check the link you received.', { field: 'invitationToken' });
    if (inv.status === 'COMPLETED' && inv.client_response_id !== clientResponseId) {
      throw conflict('This invitation has already been used to complete the survey. Thank you for taking part!');
    }
    return inv;
  }

  private async upsert(
    m: EntityManager,
    survey: SurveyHead,
    version: number,
    input: SubmitResponseInput,
    answers: Record<string, unknown>,
    hiddenFields: Record<string, string> | null,
    meta: SubmissionMeta,
    extra: { participantId: string | null; invitationId: string | null },
  ): Promise<SubmitResponsePayload> {
    // Partial saves are replaced as a whole; a complete response is never changed again.
    const rows: SubmitResponsePayload[] = await m.query(
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
        survey.id,
        input.clientResponseId,
        version,
        input.complete,
        answers,
        hiddenFields,
        extra.participantId,
        extra.invitationId,
        survey.anonymous ? null : meta.ip,
        survey.anonymous ? null : meta.userAgent?.slice(0, 500) ?? null,
      ],
    );
    if (rows[0]) return rows[0];
    // A concurrent request with the same id won: answer as it did.
    const [winner]: SubmitResponsePayload[] = await m.query(
      'SELECT id AS "responseId", complete FROM response WHERE survey_id = $1 AND client_response_id = $2',
      [survey.id, input.clientResponseId],
    );
    if (winner?.complete) return winner;
    throw conflict('This response was saved from another tab at the same time. Reload the page to continue.');
  }
}
