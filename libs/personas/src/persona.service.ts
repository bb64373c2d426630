import { Injectable } from '@nestjs/common';
import {
  Right,
  UserReader,
  batchLoad,
  nullIfNotFound,
  type AuthUser,
  type UserRow,
} from '@persona-lab/auth';
import { badInput, notFound } from '@persona-lab/errors';
import {
  StudyParticipantsReader,
  StudyAccessService,
  StudyService,
  type StudyAccess,
  type Study,
} from '@persona-lab/studies';
import { ResponseReader, SurveyVersionStore } from '@persona-lab/surveys';
import { AuditEventRepository } from './data/audit-event.repository';
import {
  PersonaRepository,
  type PersonaRow,
  type ShownRow,
  type VersionRow,
} from './data/persona.repository';
import { ReviewRepository } from './data/review.repository';
import type { Persona, PersonaStatus, PersonaVersionView } from './models/persona.model';
import type { AuditEvent, FieldChange, PersonaComment, Review } from './models/review.model';
import type { PersonaContent } from './persona-content';
import { diffContent } from './persona-diff';
import { marksOf } from './trait-marks';
import {
  answerRefsOf,
  participantIdsOf,
  statusOfVersion,
  toPersona,
  toWords,
  type ParticipantsById,
  type QuestionTitles,
} from './persona-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading personas as a client sees them, with their versions, reviews, comments and audit trail. */
@Injectable()
export class PersonaService {
  constructor(
    private readonly personas: PersonaRepository,
    private readonly reviewRows: ReviewRepository,
    private readonly auditEvents: AuditEventRepository,
    private readonly access: StudyAccessService,
    private readonly studies: StudyService,
    private readonly participantReader: StudyParticipantsReader,
    private readonly responses: ResponseReader,
    private readonly surveyVersions: SurveyVersionStore,
    private readonly users: UserReader,
  ) {}

  /** Checks the caller's right on the persona's study; NOT_FOUND for outsiders and unknown ids alike. */
  requireAccess(user: AuthUser, id: string, right: Right): Promise<StudyAccess> {
    return this.access.requireVia(
      user,
      (personaId) => this.personas.studyOf(personaId),
      id,
      right,
      'The persona',
    );
  }

  /** A persona the caller may read, or null. */
  async get(user: AuthUser, id: string): Promise<Persona | null> {
    const access = await nullIfNotFound(() => this.requireAccess(user, id, Right.READ));
    return access ? this.view(id) : null;
  }

  /** The persona as a client sees it; callers check access first. */
  async view(id: string): Promise<Persona> {
    const row = await this.personas.shown(id);
    if (!row) throw notFound('The persona');
    return (await this.hydrate([row]))[0];
  }

  /** These personas as a client sees them, in the order asked (unknown ids are left out); callers check access first. */
  async viewMany(ids: readonly string[]): Promise<Persona[]> {
    const personas = await this.hydrate(await this.personas.shownByIds(ids));
    const byId = new Map(personas.map((p) => [p.id, p]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A study's personas, oldest first; `status` filters on the status a client sees (APPROVED includes approved personas with a newer draft). */
  async listForStudy(studyId: string, status: PersonaStatus | null): Promise<Persona[]> {
    return this.hydrate(await this.personas.shownForStudy(studyId, status ?? null));
  }

  /** `listForStudy` for a field resolved once per study: one query per tick of the GraphQL request `ctx` (then the evidence's names and titles per study, as `listForStudy`). */
  listForStudyBatched(
    ctx: object,
    studyId: string,
    status: PersonaStatus | null,
  ): Promise<Persona[]> {
    return batchLoad(
      ctx,
      `personas.ofStudy:${status ?? ''}`,
      async (ids: readonly string[]) => {
        const rows = await this.personas.shownForStudies(ids, status ?? null);
        const personas = await this.hydrate(rows);
        return ids.map((id) => personas.filter((p) => p.studyId === id));
      },
      studyId,
    );
  }

  /** `forRun` for a field resolved once per run: one query per tick of the GraphQL request `ctx`. */
  forRunBatched(ctx: object, runId: string): Promise<Persona[]> {
    return batchLoad(
      ctx,
      'personas.ofRun',
      async (ids: readonly string[]) => {
        const rows = await this.personas.writtenByRuns(ids);
        const personas = await this.hydrate(rows);
        return ids.map((id) => personas.filter((_, i) => rows[i].run_id === id));
      },
      runId,
    );
  }

  /** `versions` for a field resolved once per persona: one query per step per tick of the GraphQL request `ctx`. */
  versionsBatched(ctx: object, persona: Persona): Promise<PersonaVersionView[]> {
    return batchLoad(
      ctx,
      'personas.versions',
      async (list: readonly Persona[]) => {
        const rows = await this.personas.versionsOfMany(list.map((p) => p.id));
        return this.versionViews(
          list,
          list.map((p) => rows.filter((r) => r.persona_id === p.id)),
        );
      },
      persona,
    );
  }

  /** `draftOf` for a field resolved once per persona: one query per step per tick of the GraphQL request `ctx`. */
  async draftOfBatched(ctx: object, persona: Persona): Promise<PersonaVersionView | null> {
    if (!persona.hasDraft) return null;
    const views = await batchLoad(
      ctx,
      'personas.draft',
      async (list: readonly Persona[]) => {
        const rows = await this.personas.versionsAt(
          list.map((p) => p.id),
          list.map((p) => p.latestVersion),
        );
        return this.versionViews(
          list,
          list.map((p) =>
            rows.filter((r) => r.persona_id === p.id && r.version === p.latestVersion),
          ),
        );
      },
      persona,
    );
    return views[0] ?? null;
  }

  /** Field-by-field changes from version `from` to version `to`. */
  async diff(persona: Persona, from: number, to: number): Promise<FieldChange[]> {
    const rows = await this.personas.versionContents(persona.id, [from, to]);
    const content = (v: number) => {
      const row = rows.find((r) => r.version === v);
      if (!row)
        throw badInput(
          `Version ${v} does not exist; this persona has versions 1 to ${persona.latestVersion}.`,
          { field: v === from ? 'from' : 'to' },
        );
      return row.content;
    };
    return diffContent(content(from), content(to));
  }

  /** `reviews` for a field resolved once per persona: one query per step per tick of the GraphQL request `ctx`. */
  reviewsBatched(ctx: object, personaId: string): Promise<Review[]> {
    return batchLoad(
      ctx,
      'personas.reviews',
      async (ids: readonly string[]) => {
        const rows = await this.reviewRows.reviewsOfMany(ids);
        const users = await this.users.mapByIds(rows.map((r) => r.reviewerId));
        return ids.map((id) =>
          rows
            .filter((r) => r.personaId === id && users.has(r.reviewerId))
            .map((r) => ({
              id: r.id,
              decision: r.decision,
              comment: r.comment,
              createdAt: r.createdAt,
              personaVersion: r.personaVersion,
              traitChecks: r.traitChecks,
              traitMarks: marksOf(r.traitChecks),
              reviewer: users.get(r.reviewerId)!,
            })),
        );
      },
      personaId,
    );
  }

  /** `auditTrail` for a field resolved once per persona: one query per step per tick of the GraphQL request `ctx`. */
  auditTrailBatched(ctx: object, personaId: string): Promise<AuditEvent[]> {
    return batchLoad(
      ctx,
      'personas.auditTrail',
      async (ids: readonly string[]) => {
        const rows = await this.auditEvents.ofPersonas(ids);
        const users = await this.users.mapByIds(
          rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
        );
        return ids.map((id) =>
          rows
            .filter((r) => r.personaId === id)
            .map((r) => ({
              id: r.id,
              action: r.action,
              beforeVersion: r.beforeVersion,
              afterVersion: r.afterVersion,
              detail: r.detail,
              createdAt: r.createdAt,
              actor: (r.actorId && users.get(r.actorId)) || null,
            })),
        );
      },
      personaId,
    );
  }

  /** `comments` for a field resolved once per persona: one query per step per tick of the GraphQL request `ctx`. */
  commentsBatched(ctx: object, personaId: string): Promise<PersonaComment[]> {
    return batchLoad(
      ctx,
      'personas.comments',
      (ids: readonly string[]) => this.commentsOfMany(ids),
      personaId,
    );
  }

  /** Comments of many personas, oldest first; a comment keeps its author (no ON DELETE), so every one is found. */
  private async commentsOfMany(ids: readonly string[]): Promise<PersonaComment[][]> {
    const rows = await this.reviewRows.commentsOfMany(ids);
    const users = await this.users.mapByIds(rows.map((r) => r.authorId));
    return ids.map((id) =>
      rows
        .filter((r) => r.personaId === id && users.has(r.authorId))
        .map((r) => ({
          id: r.id,
          body: r.body,
          traitIndex: r.traitIndex,
          personaVersion: r.personaVersion,
          createdAt: r.createdAt,
          author: users.get(r.authorId)!,
        })),
    );
  }

  /** Comments, oldest first (for one persona outside a GraphQL request). */
  async comments(personaId: string): Promise<PersonaComment[]> {
    return (await this.commentsOfMany([personaId]))[0];
  }

  async study(studyId: string): Promise<Study> {
    return this.studies.byId(studyId);
  }

  /** `study` for a field resolved once per persona: one query per tick of the GraphQL request `ctx`. */
  studyBatched(ctx: object, studyId: string): Promise<Study> {
    return this.studies.byIdBatched(ctx, studyId);
  }

  /**
   * The version views of many personas (`rows[i]` are the versions of `list[i]`): the evidence's
   * participants and question titles read once per study, the editors once.
   */
  private async versionViews(
    list: readonly Persona[],
    rows: VersionRow[][],
  ): Promise<PersonaVersionView[][]> {
    const byStudy = new Map<string, PersonaContent[]>();
    list.forEach((p, i) =>
      byStudy.set(p.studyId, [...(byStudy.get(p.studyId) ?? []), ...rows[i].map((r) => r.content)]),
    );
    const maps = new Map<string, [ParticipantsById, QuestionTitles]>();
    const [creators] = await Promise.all([
      this.users.mapByIds(rows.flat().flatMap((r) => (r.created_by ? [r.created_by] : []))),
      ...[...byStudy].map(async ([studyId, contents]) =>
        maps.set(
          studyId,
          await Promise.all([
            this.participants(studyId, contents),
            this.questionTitles(studyId, contents),
          ]),
        ),
      ),
    ]);
    return list.map((persona, i) => {
      const [participants, titles] = maps.get(persona.studyId)!;
      return this.toVersionViews(persona, rows[i], participants, titles, creators);
    });
  }

  private toVersionViews(
    persona: Persona,
    rows: VersionRow[],
    participants: ParticipantsById,
    titles: QuestionTitles,
    creators: Map<string, UserRow>,
  ): PersonaVersionView[] {
    const row: PersonaRow = {
      id: persona.id,
      study_id: persona.studyId,
      status: persona.latestStatus,
      latest_version: persona.latestVersion,
      approved_version: persona.approvedVersion,
      segment_vanished: persona.segmentVanished,
      synthesis_run_id: persona.synthesisRunId,
      changes_requested: persona.reviewState === 'CHANGES_REQUESTED',
    };
    return rows.map((v) => ({
      ...toWords(v.content, participants, titles),
      personaId: v.persona_id,
      version: v.version,
      status: statusOfVersion(row, v.version),
      origin: v.origin,
      createdBy: (v.created_by && creators.get(v.created_by)) || null,
      createdAt: v.created_at,
    }));
  }

  private async hydrate(rows: ShownRow[]): Promise<Persona[]> {
    if (!rows.length) return [];
    const byStudy = new Map<string, PersonaContent[]>();
    for (const r of rows) byStudy.set(r.study_id, [...(byStudy.get(r.study_id) ?? []), r.content]);
    const maps = new Map<string, [ParticipantsById, QuestionTitles]>();
    for (const [studyId, contents] of byStudy)
      maps.set(
        studyId,
        await Promise.all([
          this.participants(studyId, contents),
          this.questionTitles(studyId, contents),
        ]),
      );
    return rows.map((r) => toPersona(r, r.version, r.content, ...maps.get(r.study_id)!));
  }

  /**
   * The title of every question the evidence quotes an answer to, as worded in
   * the version each response answered: one query, then the memoised versions.
   */
  private async questionTitles(
    studyId: string,
    contents: PersonaContent[],
  ): Promise<QuestionTitles> {
    const refs = contents.flatMap(answerRefsOf).filter((r) => UUID.test(r.responseId));
    if (!refs.length) return new Map();
    const rows = await this.responses.versionsOf(
      studyId,
      refs.map((r) => r.responseId),
    );
    const versionOf = new Map(rows.map((r) => [r.id, r]));
    const titles = new Map<string, string>();
    for (const ref of refs) {
      const row = versionOf.get(ref.responseId);
      if (!row) continue;
      const definition = await nullIfNotFound(() =>
        this.surveyVersions.get(row.surveyId, row.surveyVersion),
      );
      const question = definition?.questions.find((q) => q.id === ref.questionId);
      if (question) titles.set(`${ref.responseId}:${ref.questionId}`, question.title);
    }
    return titles;
  }

  /** One query for every participant the evidence mentions (only the study's own). */
  private async participants(
    studyId: string,
    contents: PersonaContent[],
  ): Promise<ParticipantsById> {
    const ids = [...new Set(contents.flatMap(participantIdsOf))];
    if (!ids.length) return new Map();
    const rows = await this.participantReader.ofStudy(studyId, ids);
    return new Map(rows.map((p) => [p.id, p]));
  }
}
