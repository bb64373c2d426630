import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { RunStatus } from '../models/coding.model';
import { CodingRunEntity } from './coding-run.entity';

/** A coding run as the `CodingRun` model shows it. */
export interface CodingRunRow {
  id: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  suggestions: number;
  provider: string;
}

const SELECT_RUN = 'SELECT id, status, progress, error, suggestions, provider FROM coding_run';

/** Automatic coding runs (table `coding_run`). */
@Injectable()
export class CodingRunRepository {
  constructor(
    @InjectRepository(CodingRunEntity) private readonly runs: Repository<CodingRunEntity>,
  ) {}

  /** Queues a run and answers its id. */
  async insert(
    studyId: string,
    provider: string,
    model: string | null,
    createdBy: string,
  ): Promise<string> {
    const [run]: { id: string }[] = await this.runs.query(
      'INSERT INTO coding_run (study_id, provider, model, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
      [studyId, provider, model, createdBy],
    );
    return run.id;
  }

  async byId(id: string): Promise<CodingRunRow | undefined> {
    const [run]: CodingRunRow[] = await this.runs.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    return run;
  }

  /** The study a run belongs to, or undefined when there is no such run. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.runs.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** Marks a queued (or crashed running) run RUNNING; undefined when it is finished or unknown. */
  async claim(id: string): Promise<{ studyId: string; provider: string } | undefined> {
    const [row]: { studyId: string; provider: string }[] = await this.runs.query(
      `WITH u AS (UPDATE coding_run SET status = 'RUNNING', started_at = COALESCE(started_at, now())
                   WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING study_id, provider)
       SELECT study_id AS "studyId", provider FROM u`,
      [id],
    );
    return row;
  }

  async progress(id: string, value: number): Promise<void> {
    await this.runs.query('UPDATE coding_run SET progress = $2 WHERE id = $1', [id, value]);
  }

  async addTokens(id: string, tokensIn: number, tokensOut: number): Promise<void> {
    await this.runs.query(
      'UPDATE coding_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1',
      [id, tokensIn, tokensOut],
    );
  }

  /** A running run succeeded; its suggestion count is what it stored. */
  async succeed(id: string): Promise<void> {
    await this.runs.query(
      `UPDATE coding_run SET status = 'SUCCEEDED', progress = 1, finished_at = now(),
              suggestions = (SELECT count(*) FROM highlight WHERE coding_run_id = $1) WHERE id = $1 AND status = 'RUNNING'`,
      [id],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.runs.query(
      `UPDATE coding_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
      [id, reason],
    );
  }
}
