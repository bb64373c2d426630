import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccessService,
  Right,
  nullIfNotFound,
  type AuthUser,
  type StudyAccess,
} from '@persona-lab/auth';
import { badInput, notFound } from '@persona-lab/errors';
import { StudyService, type Participant, type Study } from '@persona-lab/studies';
import { SurveyVersionStore } from '@persona-lab/surveys';
import { SynthesisService, type PersonaContent, type SynthesisRun } from '@persona-lab/synthesis';
import type {
  Persona,
  PersonaStatus,
  PersonaVersionView,
  VersionOrigin,
} from './models/persona.model';
import type { AuditEvent, FieldChange, PersonaComment, Review } from './models/review.model';
import { diffContent } from './persona-diff';
import {
  PERSONA_COLUMNS,
  SHOWN_VERSION,
  answerRefsOf,
  participantIdsOf,
  statusOfVersion,
  toPersona,
  toWords,
  type ParticipantsById,
  type PersonaRow,
  type QuestionTitles,
} from './persona-view';

export const PERSONA_VIA =
  'SELECT p.id, st.workspace_id, st.id AS study_id FROM persona p JOIN study st ON st.id = p.study_id WHERE p.id = $1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ShownRow = PersonaRow & { version: number; content: PersonaContent };

interface VersionRow {
  persona_id: string;
  version: number;
  content: PersonaContent;
  origin: VersionOrigin;
  created_at: Date;
  creator: { id: string; email: string; name: string } | null;
}

const USER_JSON = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'email', ${alias}.email, 'name', ${alias}.name) END`;

const SELECT_SHOWN = `SELECT ${PERSONA_COLUMNS}, v.version, v.content
  FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = ${SHOWN_VERSION}`;

/** Reading personas as a client sees them, with their versions, reviews, comments and audit trail. */
@Injectable()
export class PersonaService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly synthesis: SynthesisService,
    private readonly studies: StudyService,
    private readonly surveyVersions: SurveyVersionStore,
  ) {}

  /** Checks the caller's right on the persona's study; NOT_FOUND for outsiders and unknown ids alike. */
  requireAccess(user: AuthUser, id: string, right: Right): Promise<StudyAccess> {
    return this.access.requireVia(user, PERSONA_VIA, id, right, 'The persona');
  }

  /** A persona the caller may read, or null. */
  async get(user: AuthUser, id: string): Promise<Persona | null> {
    const access = await nullIfNotFound(() => this.requireAccess(user, id, Right.READ));
    return access ? this.view(id) : null;
  }

  /** The persona as a client sees it; callers check access first. */
  async view(id: string): Promise<Persona> {
    const rows: ShownRow[] = await this.db.query(`${SELECT_SHOWN} WHERE p.id = $1`, [id]);
    if (!rows.length) throw notFound('The persona');
    return (await this.hydrate(rows))[0];
  }

  /** A study's personas, oldest first; `status` filters on the status a client sees (APPROVED includes approved personas with a newer draft). */
  async listForStudy(studyId: string, status: PersonaStatus | null): Promise<Persona[]> {
    const rows: ShownRow[] = await this.db.query(
      `${SELECT_SHOWN}
        WHERE p.study_id = $1
          AND ($2::text IS NULL OR (CASE WHEN v.version = p.latest_version THEN p.status ELSE 'APPROVED' END) = $2)
        ORDER BY p.created_at, p.id`,
      [studyId, status ?? null],
    );
    return this.hydrate(rows);
  }

  /** The personas a synthesis run wrote, each showing the newest version that run wrote. */
  async forRun(runId: string): Promise<Persona[]> {
    const rows: ShownRow[] = await this.db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.id) ${PERSONA_COLUMNS}, v.version, v.content, p.created_at
           FROM persona_version v JOIN persona p ON p.id = v.persona_id
          WHERE v.synthesis_run_id = $1
          ORDER BY p.id, v.version DESC
       ) x ORDER BY x.created_at, x.id`,
      [runId],
    );
    return this.hydrate(rows);
  }

  /** The newer version waiting beside the approved one, or null. */
  async draftOf(persona: Persona): Promise<PersonaVersionView | null> {
    if (!persona.hasDraft) return null;
    return (await this.versionRows(persona, persona.latestVersion))[0] ?? null;
  }

  /** Every version, oldest first. */
  versions(persona: Persona): Promise<PersonaVersionView[]> {
    return this.versionRows(persona, null);
  }

  /** Field-by-field changes from version `from` to version `to`. */
  async diff(persona: Persona, from: number, to: number): Promise<FieldChange[]> {
    const rows: { version: number; content: PersonaContent }[] = await this.db.query(
      'SELECT version, content FROM persona_version WHERE persona_id = $1 AND version = ANY($2::int[])',
      [persona.id, [from, to]],
    );
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

  /** Reviews, oldest first. */
  reviews(personaId: string): Promise<Review[]> {
    return this.db.query(
      `SELECT r.id, r.decision, r.comment, r.created_at AS "createdAt", r.persona_version AS "personaVersion", r.trait_checks AS "traitChecks",
              ${USER_JSON('u')} AS reviewer
         FROM review r JOIN app_user u ON u.id = r.reviewer_id
        WHERE r.persona_id = $1 ORDER BY r.created_at, r.id`,
      [personaId],
    );
  }

  /** Everything that happened to the persona, oldest first. */
  auditTrail(personaId: string): Promise<AuditEvent[]> {
    return this.db.query(
      `SELECT a.id, a.action, a.before_version AS "beforeVersion", a.after_version AS "afterVersion", a.detail, a.created_at AS "createdAt",
              ${USER_JSON('u')} AS actor
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.persona_id = $1 ORDER BY a.created_at, a.id`,
      [personaId],
    );
  }

  /** Comments, oldest first. */
  comments(personaId: string): Promise<PersonaComment[]> {
    return this.db.query(
      `SELECT c.id, c.body, c.trait_index AS "traitIndex", c.persona_version AS "personaVersion", c.created_at AS "createdAt",
              ${USER_JSON('u')} AS author
         FROM persona_comment c JOIN app_user u ON u.id = c.author_id
        WHERE c.persona_id = $1 ORDER BY c.created_at, c.id`,
      [personaId],
    );
  }

  async study(studyId: string): Promise<Study> {
    return this.studies.byId(studyId);
  }

  /** The run that last wrote the persona, or null. */
  async synthesisRun(runId: string | null): Promise<SynthesisRun | null> {
    return runId ? nullIfNotFound(() => this.synthesis.byId(runId)) : null;
  }

  private async versionRows(persona: Persona, only: number | null): Promise<PersonaVersionView[]> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT v.persona_id, v.version, v.content, v.origin, v.created_at, ${USER_JSON('u')} AS creator
         FROM persona_version v LEFT JOIN app_user u ON u.id = v.created_by
        WHERE v.persona_id = $1 AND ($2::int IS NULL OR v.version = $2) ORDER BY v.version`,
      [persona.id, only],
    );
    const contents = rows.map((r) => r.content);
    const [participants, titles] = await Promise.all([
      this.participants(persona.studyId, contents),
      this.questionTitles(persona.studyId, contents),
    ]);
    const row: PersonaRow = {
      id: persona.id,
      study_id: persona.studyId,
      status: persona.latestStatus,
      latest_version: persona.latestVersion,
      approved_version: persona.approvedVersion,
      segment_vanished: persona.segmentVanished,
      synthesis_run_id: persona.synthesisRunId,
    };
    return rows.map((v) => ({
      ...toWords(v.content, participants, titles),
      personaId: v.persona_id,
      version: v.version,
      status: statusOfVersion(row, v.version),
      origin: v.origin,
      createdBy: v.creator,
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
    const rows: { id: string; survey_id: string; survey_version: number }[] = await this.db.query(
      `SELECT r.id, r.survey_id, r.survey_version FROM response r JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND r.id = ANY($2::uuid[])`,
      [studyId, [...new Set(refs.map((r) => r.responseId))]],
    );
    const versionOf = new Map(rows.map((r) => [r.id, r]));
    const titles = new Map<string, string>();
    for (const ref of refs) {
      const row = versionOf.get(ref.responseId);
      if (!row) continue;
      const definition = await nullIfNotFound(() =>
        this.surveyVersions.get(row.survey_id, row.survey_version),
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
    const rows: Participant[] = await this.db.query(
      'SELECT id, label, attributes FROM participant WHERE study_id = $1 AND id = ANY($2::uuid[])',
      [studyId, ids],
    );
    return new Map(rows.map((p) => [p.id, p]));
  }
}
