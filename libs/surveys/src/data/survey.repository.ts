import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { Transaction } from '@persona-lab/auth';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { SurveyEntity } from './survey.entity';

/** A survey row as stored (`SELECT *`), column names as in the table. */
export interface SurveyRow {
  id: string;
  study_id: string;
  title: string;
  description: string | null;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  slug: string;
  version: number;
  definition: SurveyDefinition;
  anonymous: boolean;
  closes_at: Date | null;
  response_limit: number | null;
  one_question_per_screen: boolean;
  unpublished_changes: boolean;
}

/** What a new draft survey is made of. */
export interface NewSurvey {
  studyId: string;
  title: string;
  description: string | null;
  slug: string;
  definition: SurveyDefinition;
  anonymous: boolean;
  closesAt: Date | null;
  responseLimit: number | null;
  oneQuestionPerScreen: boolean;
}

/** Every editable field of a survey, as the caller resolved it. */
export interface SurveyEdit {
  title: string;
  description: string | null;
  definition: SurveyDefinition;
  anonymous: boolean;
  closesAt: Date | null;
  responseLimit: number | null;
  oneQuestionPerScreen: boolean;
  /** Marks the survey as having changes the next publish will freeze. */
  questionsChanged: boolean;
}

/** A survey brought in from a CSV export, with its complete responses. */
export interface ImportedSurvey {
  studyId: string;
  title: string;
  slug: string;
  description: string;
  definition: SurveyDefinition;
  responses: {
    clientResponseId: string;
    answers: Record<string, unknown>;
    submittedAt: Date | null;
    /** The study's hash of the response's customer id (never the raw id), or null. */
    customerKeyHash?: string | null;
  }[];
  /**
   * The participant of each customer key hash, found or created in the import's transaction
   * (`ParticipantKeyService.link`); needed when a response has a `customerKeyHash`.
   */
  linkCustomers?: (keyHashes: string[], tx: EntityManager) => Promise<Map<string, string>>;
}

const IMPORT_BATCH = 1000;

/** The survey table (and, for an import, its first version and responses in the same transaction). */
@Injectable()
export class SurveyRepository {
  constructor(@InjectRepository(SurveyEntity) private readonly repo: Repository<SurveyEntity>) {}

  /** Runs `fn` in one transaction; repository methods given its `tx` join it. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(fn);
  }

  /** The survey, optionally locked FOR UPDATE for the rest of the caller's transaction. */
  async byId(
    id: string,
    manager: EntityManager = this.repo.manager,
    lock = false,
  ): Promise<SurveyRow | undefined> {
    const [row] = await manager.query(
      `SELECT * FROM survey WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  async bySlug(slug: string): Promise<SurveyRow | undefined> {
    const [row] = await this.repo.query('SELECT * FROM survey WHERE slug = $1', [slug]);
    return row;
  }

  /** The study's surveys, newest first. */
  listForStudy(studyId: string): Promise<SurveyRow[]> {
    return this.repo.query(
      'SELECT * FROM survey WHERE study_id = $1 ORDER BY created_at DESC, id',
      [studyId],
    );
  }

  /** The surveys of each of these studies, in one query; per study newest first. */
  listForStudies(studyIds: readonly string[]): Promise<SurveyRow[]> {
    if (!studyIds.length) return Promise.resolve([]);
    return this.repo.query(
      'SELECT * FROM survey WHERE study_id = ANY($1::uuid[]) ORDER BY created_at DESC, id',
      [[...new Set(studyIds)]],
    );
  }

  async insert(s: NewSurvey): Promise<SurveyRow> {
    const [row] = await this.repo.query(
      `INSERT INTO survey (study_id, title, description, slug, definition, anonymous, closes_at, response_limit, one_question_per_screen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        s.studyId,
        s.title,
        s.description,
        s.slug,
        s.definition,
        s.anonymous,
        s.closesAt,
        s.responseLimit,
        s.oneQuestionPerScreen,
      ],
    );
    return row;
  }

  async update(
    id: string,
    e: SurveyEdit,
    manager: EntityManager = this.repo.manager,
  ): Promise<SurveyRow> {
    const [row] = await manager.query(
      // TypeORM answers a bare UPDATE with [rows, count]; a CTE keeps the result a plain row list.
      `WITH u AS (UPDATE survey SET title = $2, description = $3, definition = $4, anonymous = $5, closes_at = $6,
              response_limit = $7, one_question_per_screen = $8,
              unpublished_changes = unpublished_changes OR $9, updated_at = now()
        WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [
        id,
        e.title,
        e.description,
        e.definition,
        e.anonymous,
        e.closesAt,
        e.responseLimit,
        e.oneQuestionPerScreen,
        e.questionsChanged,
      ],
    );
    return row;
  }

  /** Opens the survey at this version; nothing is left unpublished. */
  async markPublished(
    id: string,
    version: number,
    manager: EntityManager = this.repo.manager,
  ): Promise<SurveyRow> {
    const [row] = await manager.query(
      `WITH u AS (UPDATE survey SET status = 'OPEN', version = $2, unpublished_changes = false, updated_at = now() WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [id, version],
    );
    return row;
  }

  /** Replaces the current definition in place (analysis settings), nothing else. */
  async setDefinition(
    id: string,
    definition: SurveyDefinition,
    manager: EntityManager = this.repo.manager,
  ): Promise<SurveyRow> {
    const [row] = await manager.query(
      'WITH u AS (UPDATE survey SET definition = $2, updated_at = now() WHERE id = $1 RETURNING *) SELECT * FROM u',
      [id, definition],
    );
    return row;
  }

  async markClosed(id: string, manager: EntityManager = this.repo.manager): Promise<SurveyRow> {
    const [row] = await manager.query(
      `WITH u AS (UPDATE survey SET status = 'CLOSED', updated_at = now() WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [id],
    );
    return row;
  }

  /** Locks the survey row for the rest of the caller's transaction (responses under a limit queue here). */
  async lock(id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM survey WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Writes a CLOSED survey, its version 1 and its complete responses in one transaction. */
  insertImported(s: ImportedSurvey): Promise<SurveyRow> {
    return this.repo.manager.transaction(async (tx) => {
      const [row]: SurveyRow[] = await tx.query(
        `INSERT INTO survey (study_id, title, status, slug, definition, description)
         VALUES ($1, $2, 'CLOSED', $3, $4, $5) RETURNING *`,
        [s.studyId, s.title, s.slug, s.definition, s.description],
      );
      await tx.query(
        'INSERT INTO survey_version (survey_id, version, definition) VALUES ($1, 1, $2)',
        [row.id, s.definition],
      );
      const hashes = [...new Set(s.responses.map((r) => r.customerKeyHash).filter((h): h is string => !!h))];
      const participants =
        hashes.length && s.linkCustomers ? await s.linkCustomers(hashes, tx) : new Map<string, string>();
      for (let i = 0; i < s.responses.length; i += IMPORT_BATCH) {
        const batch = s.responses.slice(i, i + IMPORT_BATCH);
        // One JSON parameter per batch: JSON.stringify is one native pass, where pg's array
        // literals escape every answer's quotes again in JavaScript (and feed the GC).
        await tx.query(
          `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, submitted_at, started_at, participant_id)
           SELECT $1, x.c, 1, true, x.a, COALESCE(x.t, now()), COALESCE(x.t, now()), x.p
             FROM jsonb_to_recordset($2::jsonb) AS x(c text, a jsonb, t timestamptz, p uuid)`,
          [
            row.id,
            JSON.stringify(
              batch.map((r) => ({
                c: r.clientResponseId,
                a: r.answers,
                t: r.submittedAt,
                p: r.customerKeyHash ? (participants.get(r.customerKeyHash) ?? null) : null,
              })),
            ),
          ],
        );
      }
      return row;
    });
  }
}
