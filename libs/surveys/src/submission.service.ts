import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  RateLimitRepository,
  type SharedLimit,
  type Transaction,
  isLimitReached,
} from '@persona-lab/auth';
import { GroupCommit } from '@persona-lab/db';
import { DomainError, ErrorCode, badInput, conflict, notFound } from '@persona-lab/errors';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { ParticipantKeyService, ParticipantService } from '@persona-lab/studies';
import { validateResponse } from '@persona-lab/survey-logic';
import { InvitationRepository, type InvitationClaim } from './data/invitation.repository';
import { PARTICIPANT_SIG_FIELD, ParticipantLinkSigner } from './participant-link';
import { ResponseRepository, type PlainWrite, type SurveyHead } from './data/response.repository';
import { SurveyRepository } from './data/survey.repository';
import type { SubmitResponseInput } from './dto/survey.input';
import type { SubmitResponsePayload } from './models/response.model';
import { QualityService } from './quality.service';
import { closedReason } from './survey.service';
import { SurveyVersionStore } from './survey-version.store';

export const PUBLIC_RATE_LIMIT = Symbol('PUBLIC_RATE_LIMIT');

export interface SubmissionMeta {
  ip: string;
  userAgent: string | null;
}

const MAX_HIDDEN_FIELDS = 30;

/** What the group-commit path needs to know about an open survey, keyed by slug. */
interface OpenSurvey {
  id: string;
  version: number;
}

const plainKey = (w: Pick<PlainWrite, 'survey_id' | 'client_response_id'>) =>
  `${w.survey_id}\u0000${w.client_response_id}`;

/** Hidden fields are a flat map of short strings: anything else is refused, never stored half-way. */
function cleanHiddenFields(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw badInput('hiddenFields must be an object of names and values.', {
      field: 'hiddenFields',
    });
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_HIDDEN_FIELDS)
    throw badInput(`Send at most ${MAX_HIDDEN_FIELDS} hidden fields.`, { field: 'hiddenFields' });
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (
      k.length > 64 ||
      !['string', 'number', 'boolean'].includes(typeof v) ||
      String(v).length > 500
    ) {
      throw badInput(
        `Hidden field "${k.slice(0, 64)}" must be a short text value (up to 500 characters).`,
        { field: 'hiddenFields' },
      );
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
  /** Per client IP, counted in the table every replica shares. */
  private readonly limiter: SharedLimit;
  /** Open surveys seen by the full path (slug → id, version); the batch statement re-checks them. */
  private readonly openSurveys = new Map<string, OpenSurvey>();
  private static readonly MAX_OPEN_SURVEYS = 1000;
  /** Plain submissions arriving together share one INSERT and one commit. */
  private readonly plainWrites = new GroupCommit<PlainWrite, SubmitResponsePayload | null>({
    key: plainKey,
    writeBatch: (items) => this.writePlainBatch(items),
  });

  constructor(
    private readonly responses: ResponseRepository,
    private readonly surveys: SurveyRepository,
    private readonly invitations: InvitationRepository,
    private readonly versions: SurveyVersionStore,
    private readonly participants: ParticipantService,
    private readonly links: ParticipantLinkSigner,
    private readonly quality: QualityService,
    /** Customer identity (the app's CustomerKeysModule); without it a customer id is only dropped. */
    @Optional() @Inject(ParticipantKeyService) private readonly keys: ParticipantKeyService | null,
    limits: RateLimitRepository,
    @Inject(PUBLIC_RATE_LIMIT) perMinute: number,
  ) {
    // Once an IP is over the limit, this replica refuses it from memory for the rest of the minute.
    this.limiter = limits.limit({
      name: 'public',
      points: perMinute,
      duration: 60,
      inMemoryBlockOnConsumed: perMinute + 1,
    });
  }

  async rateLimit(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      throw new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        'Too many requests from your network. Wait a minute and try again.',
      );
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
  private async submitPlain(
    input: SubmitResponseInput,
    meta: SubmissionMeta,
  ): Promise<SubmitResponsePayload | null> {
    const open = this.openSurveys.get(input.slug);
    if (!open || input.invitationToken) return null;
    let hiddenFields: Record<string, string> | null;
    try {
      hiddenFields = cleanHiddenFields(input.hiddenFields);
    } catch {
      return null;
    }
    // A participant link (signed or not) is for the full path to check.
    if (hiddenFields?.participant?.trim() || hiddenFields?.[PARTICIPANT_SIG_FIELD]) return null;
    // A customer id links the response to a participant: the full path hashes it and drops it.
    if (customerKeyOf(hiddenFields)) return null;
    const checked = validateResponse(
      await this.versions.get(open.id, open.version),
      input.answers,
      { complete: input.complete },
    );
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
    const rows = await this.responses.writePlainBatch(items);
    // Complete responses change their survey's quality flags (its median time, duplicates): one
    // debounced recomputation per survey, in the background.
    const surveys = new Set(rows.filter((r) => r.complete).map((r) => r.survey_id));
    for (const surveyId of surveys) void this.quality.schedule(surveyId);
    const byKey = new Map(
      rows.map((r) => [plainKey(r), { responseId: r.responseId, complete: r.complete }]),
    );
    return items.map((w) => byKey.get(plainKey(w)) ?? null);
  }

  private rememberOpen(slug: string, survey: SurveyHead | null): void {
    if (!survey || survey.response_limit) {
      this.openSurveys.delete(slug);
      return;
    }
    if (
      this.openSurveys.size >= SubmissionService.MAX_OPEN_SURVEYS &&
      !this.openSurveys.has(slug)
    ) {
      this.openSurveys.delete(this.openSurveys.keys().next().value!);
    }
    this.openSurveys.set(slug, { id: survey.id, version: survey.version });
  }

  /** The full path: reads the survey and any earlier save, explains every refusal, handles invitations, participants and limits. */
  private async submitChecked(
    input: SubmitResponseInput,
    meta: SubmissionMeta,
  ): Promise<SubmitResponsePayload> {
    // One round trip finds the survey and any earlier save of this response.
    const found = await this.responses.submissionTarget(input.slug, input.clientResponseId);
    if (!found) {
      this.rememberOpen(input.slug, null);
      throw notFound('The survey');
    }
    const survey: SurveyHead = found;
    const existing = found.existing_id
      ? {
          id: found.existing_id,
          complete: found.existing_complete!,
          survey_version: found.existing_version!,
        }
      : null;
    // A retry of a finished submission gets the same acknowledgement, even after the survey has closed.
    if (existing?.complete) return { responseId: existing.id, complete: true };

    const complete = survey.response_limit ? await this.responses.completeCount(survey.id) : 0;
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
    // Only a link signed for this survey names a participant; an unsigned one is an ordinary hidden field.
    const { hiddenFields, label: participantLabel } = this.links.read(
      survey.id,
      cleanHiddenFields(input.hiddenFields),
    );
    // `customer_id` (or `customer`, `user_id`): stored only as its hash, as a link to one participant.
    const customerKey = customerKeyOf(hiddenFields);
    const customerHash = customerKey && this.keys ? this.keys.hash(survey.study_id, customerKey) : null;
    const simple = !input.invitationToken && !survey.response_limit && !participantLabel && !customerHash;
    const write = (
      tx: Transaction | undefined,
      extra: { participantId: string | null; invitationId: string | null },
    ) => this.upsert(tx, survey, version, input, checked.answers, withoutCustomerKey(hiddenFields), meta, extra);

    const result = simple
      ? await write(undefined, { participantId: null, invitationId: null })
      : await this.surveys.transaction(async (tx) => {
          const invitation = input.invitationToken
            ? await this.claimInvitation(
                tx,
                survey.id,
                input.invitationToken,
                input.clientResponseId,
              )
            : null;
          if (survey.response_limit && input.complete) {
            await this.surveys.lock(survey.id, tx);
            if ((await this.responses.completeCount(survey.id, tx)) >= survey.response_limit) {
              throw conflict(
                'This survey has reached its response limit and no longer takes responses.',
              );
            }
          }
          const participantId = participantLabel
            ? await this.participants.findOrCreate(
                tx,
                survey.study_id,
                participantLabel.slice(0, 200),
              )
            : customerHash && this.keys
              ? ((
                  await this.keys.link(survey.study_id, [{ keyHash: customerHash, label: customerLabel(customerHash) }], tx)
                ).get(customerHash) ?? null)
              : null;
          const saved = await write(tx, {
            participantId,
            invitationId: survey.anonymous ? null : (invitation?.id ?? null),
          });
          if (invitation) {
            const status = saved.complete ? 'COMPLETED' : 'STARTED';
            // Anonymous: the invitation keeps only its status, so no join leads from an address to answers.
            if (survey.anonymous) await this.invitations.markStatus(invitation.id, status, tx);
            else
              await this.invitations.markUsed(
                invitation.id,
                { status, clientResponseId: input.clientResponseId, participantId },
                tx,
              );
          }
          if (
            survey.response_limit &&
            saved.complete &&
            (await this.responses.completeCount(survey.id, tx)) >= survey.response_limit
          ) {
            await this.surveys.markClosed(survey.id, tx);
          }
          return saved;
        });
    if (result.complete) void this.quality.schedule(survey.id);
    return result;
  }

  /** Locks the invitation for this transaction and checks it may still be used. */
  private async claimInvitation(
    tx: Transaction,
    surveyId: string,
    token: string,
    clientResponseId: string,
  ): Promise<InvitationClaim> {
    const inv = await this.invitations.claim(surveyId, token, tx);
    if (!inv)
      throw badInput(
        'This invitation link is not valid for this survey. Check the link you received.',
        { field: 'invitationToken' },
      );
    // On an anonymous survey a completed invitation names no response (null): a retry of the
    // completed response was answered before this, so any other use is a second response.
    if (inv.status === 'COMPLETED' && inv.client_response_id !== clientResponseId) {
      throw conflict(
        'This invitation has already been used to complete the survey. Thank you for taking part!',
      );
    }
    return inv;
  }

  private async upsert(
    tx: Transaction | undefined,
    survey: SurveyHead,
    version: number,
    input: SubmitResponseInput,
    answers: Record<string, unknown>,
    hiddenFields: Record<string, string> | null,
    meta: SubmissionMeta,
    extra: { participantId: string | null; invitationId: string | null },
  ): Promise<SubmitResponsePayload> {
    // Partial saves are replaced as a whole; a complete response is never changed again.
    const saved = await this.responses.upsert(
      {
        surveyId: survey.id,
        clientResponseId: input.clientResponseId,
        surveyVersion: version,
        complete: input.complete,
        answers,
        hiddenFields,
        participantId: extra.participantId,
        invitationId: extra.invitationId,
        ip: survey.anonymous ? null : meta.ip,
        userAgent: survey.anonymous ? null : (meta.userAgent?.slice(0, 500) ?? null),
      },
      tx,
    );
    if (saved) return saved;
    // A concurrent request with the same id won: answer as it did.
    const winner = await this.responses.byClientId(survey.id, input.clientResponseId, tx);
    if (winner?.complete) return winner;
    throw conflict(
      'This response was saved from another tab at the same time. Reload the page to continue.',
    );
  }
}

/** Hidden fields that name a customer (first non-empty wins): the id feedback and analytics use too. */
export const CUSTOMER_KEY_FIELDS = ['customer_id', 'customer', 'user_id'] as const;

/** The customer identifier a submission's hidden fields carry, if any. */
export function customerKeyOf(hidden: Record<string, string> | null): string | null {
  for (const f of CUSTOMER_KEY_FIELDS) {
    const v = hidden?.[f]?.trim();
    if (v) return v;
  }
  return null;
}

/** The hidden fields without the customer identifier: the raw value is never stored, only its link. */
export function withoutCustomerKey(hidden: Record<string, string> | null): Record<string, string> | null {
  if (!hidden || !CUSTOMER_KEY_FIELDS.some((f) => f in hidden)) return hidden;
  const rest = Object.fromEntries(Object.entries(hidden).filter(([k]) => !(CUSTOMER_KEY_FIELDS as readonly string[]).includes(k)));
  return Object.keys(rest).length ? rest : null;
}
