import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { RunStatus } from '../models/coding.model';
import { ThemeRunEntity } from './theme-run.entity';

/** A theme run as the `ThemeRun` model shows it. */
export interface ThemeRunRow {
  id: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  message: string | null;
  themeCount: number;
  suggestionCount: number;
  provider: string;
}

/** What a claimed run is to do. */
export interface ClaimedThemeRun {
  studyId: string;
  questionIds: string[] | null;
  includeTranscripts: boolean;
  provider: string;
}

const SELECT_RUN = `SELECT id, status, progress, error, message, theme_count AS "themeCount", suggestion_count AS "suggestionCount", provider FROM theme_run`;

/** Theme discovery runs (table `theme_run`). */
@Injectable()
export class ThemeRunRepository {
  constructor(
    @InjectRepository(ThemeRunEntity) private readonly runs: Repository<ThemeRunEntity>,
  ) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runs.manager.transaction(fn);
  }

  /** Fails the study's active runs whose heartbeat is older than `stale` (a Postgres interval): their worker went away. */
  async failStale(studyId: string, stale: string): Promise<void> {
    await this.runs.query(
      `UPDATE theme_run SET status = 'FAILED', error = 'The run stopped without finishing (its worker went away); start it again.', finished_at = now()
        WHERE study_id = $1 AND status IN ('QUEUED', 'RUNNING') AND COALESCE(heartbeat_at, created_at) < now() - $2::interval`,
      [studyId, stale],
    );
  }

  /** Queues a run; undefined when the study already has an active one. */
  async insert(run: {
    studyId: string;
    questionIds: string[] | null;
    includeTranscripts: boolean;
    provider: string;
    model: string | null;
    createdBy: string;
  }): Promise<string | undefined> {
    const rows: { id: string }[] = await this.runs.query(
      `INSERT INTO theme_run (study_id, question_ids, include_transcripts, provider, model, created_by, heartbeat_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT DO NOTHING RETURNING id`,
      [
        run.studyId,
        run.questionIds,
        run.includeTranscripts,
        run.provider,
        run.model,
        run.createdBy,
      ],
    );
    return rows[0]?.id;
  }

  async byId(id: string): Promise<ThemeRunRow | undefined> {
    const [run]: ThemeRunRow[] = await this.runs.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    return run;
  }

  /** The study a run belongs to, or undefined when there is no such run. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.runs.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** Marks a queued (or crashed running) run RUNNING; undefined when it is finished or unknown. */
  async claim(id: string): Promise<ClaimedThemeRun | undefined> {
    const [row]: ClaimedThemeRun[] = await this.runs.query(
      `WITH u AS (UPDATE theme_run SET status = 'RUNNING', started_at = COALESCE(started_at, now()), heartbeat_at = now()
                   WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
                   RETURNING study_id, question_ids, include_transcripts, provider)
       SELECT study_id AS "studyId", question_ids AS "questionIds", include_transcripts AS "includeTranscripts", provider FROM u`,
      [id],
    );
    return row;
  }

  /** Progress, and a heartbeat: the run is alive. */
  async progress(id: string, value: number): Promise<void> {
    await this.runs.query(
      'UPDATE theme_run SET progress = $2, heartbeat_at = now() WHERE id = $1',
      [id, value],
    );
  }

  async addTokens(id: string, tokensIn: number, tokensOut: number): Promise<void> {
    await this.runs.query(
      'UPDATE theme_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1',
      [id, tokensIn, tokensOut],
    );
  }

  /** A running run succeeded. */
  async succeed(
    id: string,
    themeCount: number,
    suggestionCount: number,
    message: string | null,
  ): Promise<void> {
    await this.runs.query(
      `UPDATE theme_run SET status = 'SUCCEEDED', progress = 1, finished_at = now(), heartbeat_at = now(),
              theme_count = $2, suggestion_count = $3, message = $4 WHERE id = $1 AND status = 'RUNNING'`,
      [id, themeCount, suggestionCount, message],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.runs.query(
      `UPDATE theme_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
      [id, reason],
    );
  }
}
