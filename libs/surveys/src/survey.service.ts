import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Right, batchLoad, byKeys, type AuthUser, type Transaction } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { StudyAccessService } from '@persona-lab/studies';
import { isEmail, validateDefinition, type SurveyDefinition } from '@persona-lab/survey-logic';
import { InvitationRepository } from './data/invitation.repository';
import { ResponseRepository } from './data/response.repository';
import { SurveyVersionRepository } from './data/survey-version.repository';
import { SurveyRepository, type SurveyRow } from './data/survey.repository';
import type {
  CreateSurveyInput,
  QuestionAnalysisInput,
  UpdateSurveyInput,
} from './dto/survey.input';
import type { SurveyStatus } from './graphql-enums';
import type { Invitation, Survey } from './models/survey.model';
import { applyAnalysis, badOptIn, fillAnalysis } from './question-analysis';
import { QualityService } from './quality.service';
import { SurveyVersionStore } from './survey-version.store';

export type { SurveyRow };

export const toSurvey = (r: SurveyRow): Survey => ({
  id: r.id,
  studyId: r.study_id,
  title: r.title,
  description: r.description,
  status: r.status,
  slug: r.slug,
  version: r.version,
  anonymous: r.anonymous,
  closesAt: r.closes_at,
  responseLimit: r.response_limit,
  questions: r.definition.questions,
  hasUnpublishedChanges: r.unpublished_changes,
  oneQuestionPerScreen: r.one_question_per_screen,
});

/** A question list is checked as a whole; an empty list is fine while drafting. */
export const MAX_QUESTIONS = 500;

export function checkDefinition(questions: unknown[], allowEmpty: boolean): SurveyDefinition {
  if (questions.length > MAX_QUESTIONS)
    throw badInput(
      `A survey can have at most ${MAX_QUESTIONS} questions; this one has ${questions.length}.`,
      { field: 'questions' },
    );
  if (allowEmpty && questions.length === 0) return { questions: [] };
  const result = validateDefinition({ questions });
  if (!result.ok) {
    const first = result.issues[0];
    throw badInput(first.message, { questionId: first.questionId, issues: result.issues });
  }
  checkOptIn(result.definition);
  return result.definition;
}

/** sensitiveOptIn only makes sense on a sensitive question. */
function checkOptIn(definition: SurveyDefinition): void {
  const bad = badOptIn(definition);
  if (bad) {
    throw badInput(
      `"${bad.title.slice(0, 80)}" opts in to showing its answers on personas, but it is not marked sensitive; mark it sensitive or leave sensitiveOptIn off.`,
      { questionId: bad.id, field: 'sensitiveOptIn' },
    );
  }
}

/** Why a survey cannot take responses right now, or null when it can. */
export function closedReason(
  row: Pick<SurveyRow, 'status' | 'closes_at' | 'response_limit'>,
  completeCount: number,
  now = new Date(),
): string | null {
  if (row.status === 'DRAFT') return 'This survey has not been published yet.';
  if (row.status === 'CLOSED') return 'This survey is closed and no longer takes responses.';
  if (row.closes_at && row.closes_at <= now)
    return 'This survey closed on its closing date and no longer takes responses.';
  if (row.response_limit && completeCount >= row.response_limit)
    return 'This survey has reached its response limit and no longer takes responses.';
  return null;
}

/** Surveys: drafting, publishing (frozen versions), closing and invitations. */
@Injectable()
export class SurveyService {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly frozen: SurveyVersionRepository,
    private readonly invitationRows: InvitationRepository,
    private readonly responses: ResponseRepository,
    private readonly access: StudyAccessService,
    private readonly versions: SurveyVersionStore,
    private readonly quality: QualityService,
  ) {}

  /** The survey, after checking the caller's right in its study (NOT_FOUND for outsiders). */
  async requireSurvey(user: AuthUser, id: string, right: Right): Promise<SurveyRow> {
    // The locator reads the whole row, so the check and the read are one query.
    let found: SurveyRow | undefined;
    const locate = async (surveyId: string) =>
      (found = await this.surveys.byId(surveyId))?.study_id;
    await this.access.requireVia(user, locate, id, right, 'The survey');
    return found!;
  }

  async row(id: string, tx?: Transaction, lock = false): Promise<SurveyRow> {
    const row = await this.surveys.byId(id, tx, lock);
    if (!row) throw notFound('The survey');
    return row;
  }

  async listForStudy(studyId: string): Promise<Survey[]> {
    return (await this.surveys.listForStudy(studyId)).map(toSurvey);
  }

  /** `listForStudy` for a field resolved once per study: one query per tick of the GraphQL request `ctx`. */
  listForStudyBatched(ctx: object, studyId: string): Promise<Survey[]> {
    return batchLoad(
      ctx,
      'surveys.ofStudy',
      async (ids: readonly string[]) => {
        const byStudy = new Map<string, Survey[]>(ids.map((id) => [id, []]));
        for (const row of await this.surveys.listForStudies(ids))
          byStudy.get(row.study_id)?.push(toSurvey(row));
        return ids.map((id) => byStudy.get(id)!);
      },
      studyId,
    );
  }

  async create(user: AuthUser, input: CreateSurveyInput): Promise<Survey> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const definition = checkDefinition(await fillAnalysis(input.questions), true);
    const row = await this.surveys.insert({
      studyId: input.studyId,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      slug: randomBytes(8).toString('base64url'),
      definition,
      anonymous: input.anonymous ?? false,
      closesAt: input.closesAt ?? null,
      responseLimit: input.responseLimit ?? null,
      oneQuestionPerScreen: input.oneQuestionPerScreen ?? true,
    });
    return toSurvey(row);
  }

  /** Drafts change freely; on an OPEN survey, question changes wait for the next publish (a new version). */
  async update(user: AuthUser, id: string, input: UpdateSurveyInput): Promise<Survey> {
    const before = await this.requireSurvey(user, id, Right.RESEARCH);
    // Omitted analysis settings are inferred (or kept) before the row is locked: the encoder may take a moment.
    const questions = input.questions
      ? keepAttentionChecks(
          await fillAnalysis(input.questions, before.definition.questions),
          before.definition.questions,
        )
      : null;
    let questionsChanged = false;
    const updated = await this.surveys.transaction(async (tx) => {
      const current = await this.row(id, tx, true);
      const definition = questions
        ? checkDefinition(questions, current.status === 'DRAFT')
        : current.definition;
      questionsChanged =
        Boolean(input.questions) &&
        JSON.stringify(definition) !== JSON.stringify(current.definition);
      const row = await this.surveys.update(
        id,
        {
          title: input.title?.trim() || current.title,
          description:
            input.description !== undefined
              ? input.description?.trim() || null
              : current.description,
          definition,
          anonymous: input.anonymous ?? current.anonymous,
          closesAt: input.closesAt !== undefined ? input.closesAt : current.closes_at,
          responseLimit:
            input.responseLimit !== undefined ? input.responseLimit : current.response_limit,
          oneQuestionPerScreen: input.oneQuestionPerScreen ?? current.one_question_per_screen,
          questionsChanged: questionsChanged && current.status !== 'DRAFT',
        },
        tx,
      );
      if (row.anonymous && !current.anonymous) {
        // Turned anonymous: nothing may join an invited address to answers from now on, earlier ones included.
        await this.invitationRows.forgetLinks(id, tx);
        await this.responses.forgetInvitations(id, tx);
      }
      return toSurvey(row);
    });
    // New or changed attention checks and scales: the flags follow the questions at once.
    if (questionsChanged) await this.quality.recompute(id);
    return updated;
  }

  /**
   * Opens a survey. The first publish freezes version 1; publishing again
   * after a change freezes the next version. Responses keep the version they
   * answered.
   */
  async publish(user: AuthUser, id: string): Promise<Survey> {
    await this.requireSurvey(user, id, Right.RESEARCH);
    return this.surveys.transaction(async (tx) => {
      const current = await this.row(id, tx, true);
      const definition = checkDefinition(current.definition.questions, false);
      if (current.closes_at && current.closes_at <= new Date()) {
        throw conflict(
          'The closing date has passed. Move it to the future (or clear it) before publishing.',
        );
      }
      let version = current.version;
      if (current.status === 'DRAFT') {
        await this.frozen.insert(id, version, definition, tx);
      } else if (current.unpublished_changes) {
        version += 1;
        await this.frozen.insert(id, version, definition, tx);
      }
      return toSurvey(await this.surveys.markPublished(id, version, tx));
    });
  }

  /**
   * Changes analysis settings (persona field, sensitive, sensitive opt-in) of questions on any
   * survey, in place: the survey's definition and every frozen version that has the question,
   * in one transaction, with no new version (respondents see nothing different).
   */
  async updateQuestionAnalysis(
    user: AuthUser,
    surveyId: string,
    changes: QuestionAnalysisInput[],
  ): Promise<Survey> {
    await this.requireSurvey(user, surveyId, Right.RESEARCH);
    if (changes.length === 0)
      throw badInput('List at least one question to change.', { field: 'questions' });
    if (changes.length > MAX_QUESTIONS)
      throw badInput(`Change at most ${MAX_QUESTIONS} questions at a time.`, {
        field: 'questions',
      });
    const seen = new Set<string>();
    for (const c of changes) {
      if (seen.has(c.questionId))
        throw badInput(
          `Question "${c.questionId.slice(0, 80)}" is listed more than once; list it once.`,
          { questionId: c.questionId },
        );
      seen.add(c.questionId);
    }
    const row = await this.surveys.transaction(async (tx) => {
      const current = await this.row(surveyId, tx, true);
      const versions = await this.frozen.all(surveyId, tx, true);
      const known = new Set(
        [current.definition, ...versions.map((v) => v.definition)].flatMap((d) =>
          d.questions.map((q) => q.id),
        ),
      );
      const unknown = changes.find((c) => !known.has(c.questionId));
      if (unknown) {
        throw badInput(
          `This survey has no question with the id "${unknown.questionId.slice(0, 80)}".`,
          { questionId: unknown.questionId },
        );
      }
      const definition = applyAnalysis(current.definition, changes);
      checkOptIn(definition);
      for (const v of versions) {
        const frozen = applyAnalysis(v.definition, changes);
        checkOptIn(frozen);
        if (JSON.stringify(frozen) !== JSON.stringify(v.definition))
          await this.frozen.setDefinition(surveyId, v.version, frozen, tx);
      }
      return this.surveys.setDefinition(surveyId, definition, tx);
    });
    this.versions.forget(surveyId);
    if (changes.some((c) => c.attentionCheckExpected != null)) await this.quality.recompute(surveyId);
    return toSurvey(row);
  }

  async close(user: AuthUser, id: string): Promise<Survey> {
    const current = await this.requireSurvey(user, id, Right.RESEARCH);
    if (current.status === 'DRAFT')
      throw conflict('A draft cannot be closed; it has never been open.');
    return toSurvey(await this.surveys.markClosed(id));
  }

  /** Single-use links, one per address; an address invited before keeps its link. */
  async createInvitations(
    user: AuthUser,
    surveyId: string,
    emails: string[],
  ): Promise<Invitation[]> {
    await this.requireSurvey(user, surveyId, Right.RESEARCH);
    const clean = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
    if (clean.length === 0) throw badInput('Add at least one email address.', { field: 'emails' });
    if (clean.length > 5000)
      throw badInput('Invite at most 5,000 addresses at a time.', { field: 'emails' });
    const bad = clean.filter((e) => !isEmail(e))[0] as string | undefined;
    if (bad !== undefined)
      throw badInput(`"${bad.slice(0, 80)}" is not an email address.`, { field: 'emails' });
    return this.surveys.transaction(async (tx) => {
      const existing = await this.invitationRows.byEmails(surveyId, clean, tx);
      const known = new Set(existing.map((i) => i.email));
      const fresh = clean.filter((e) => !known.has(e));
      const created = fresh.length
        ? await this.invitationRows.insertMany(
            surveyId,
            fresh,
            fresh.map(() => randomBytes(18).toString('base64url')),
            tx,
          )
        : [];
      const byEmail = new Map([...existing, ...created].map((i) => [i.email, i]));
      return clean.map((e) => byEmail.get(e)!);
    });
  }

  async invitations(user: AuthUser, surveyId: string): Promise<Invitation[]> {
    await this.requireSurvey(user, surveyId, Right.READ);
    return this.invitationRows.list(surveyId);
  }

  async bySlug(slug: string): Promise<SurveyRow | null> {
    return (await this.surveys.bySlug(slug)) ?? null;
  }

  /** An invitation link must belong to the survey and not be used up. */
  async checkInvitation(surveyId: string, token: string): Promise<void> {
    const status = await this.invitationRows.status(surveyId, token);
    if (!status)
      throw badInput(
        'This invitation link is not valid for this survey. Check the link you received.',
        { field: 'invitationToken' },
      );
    if (status === 'COMPLETED')
      throw conflict(
        'This invitation has already been used to complete the survey. Thank you for taking part!',
      );
  }

  /** Records that an invitation's link was loaded (its first time only). */
  markOpened(surveyId: string, token: string): Promise<void> {
    return this.invitationRows.markOpened(surveyId, token);
  }

  counts(surveyId: string): Promise<{ total: number; complete: number }> {
    return this.responses.counts(surveyId);
  }

  /** `counts` for a field resolved once per survey: one query per tick of the GraphQL request `ctx`. */
  countsBatched(ctx: object, surveyId: string): Promise<{ total: number; complete: number }> {
    return batchLoad(
      ctx,
      'surveys.counts',
      async (ids: readonly string[]) =>
        byKeys(
          ids,
          await this.responses.countsOf(ids),
          (r) => r.survey_id,
          (r) => ({ total: r.total, complete: r.complete }),
          { total: 0, complete: 0 },
        ),
      surveyId,
    );
  }

  /**
   * The status a reader should see: an OPEN survey past its date or limit reads as CLOSED. Given
   * the GraphQL request `ctx`, the counts of a list of surveys are read in one query.
   */
  async effectiveStatus(survey: Survey, ctx?: object): Promise<SurveyStatus> {
    if (survey.status !== 'OPEN') return survey.status;
    const complete = survey.responseLimit
      ? (await (ctx ? this.countsBatched(ctx, survey.id) : this.counts(survey.id))).complete
      : 0;
    const row = {
      status: survey.status,
      closes_at: survey.closesAt,
      response_limit: survey.responseLimit,
    };
    return closedReason(row, complete) ? 'CLOSED' : 'OPEN';
  }
}

/**
 * A question sent without `attentionCheck` keeps the one it has (a client that does not know
 * the field must not drop it); an explicit null removes it.
 */
function keepAttentionChecks<Q extends { id: string; attentionCheck?: unknown }>(
  questions: Q[],
  stored: readonly { id: string; attentionCheck?: unknown }[],
): Q[] {
  const before = new Map(stored.map((q) => [q.id, q.attentionCheck]));
  return questions.map((q) =>
    q.attentionCheck === undefined && before.get(q.id) ? { ...q, attentionCheck: before.get(q.id) } : q,
  );
}
