import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { SynthesisRun } from '../models/synthesis-run.model';
import { SynthesisRunEntity } from './synthesis-run.entity';

const SELECT_RUN = `SELECT id, study_id AS "studyId", status, progress, stage, error, provider, model,
  tokens_in AS "tokensIn", tokens_out AS "tokensOut", started_at AS "startedAt", finished_at AS "finishedAt",
  quality, (stats ->> 'participants')::int AS "participantCount", COALESCE(stats -> 'warnings', '[]'::jsonb) AS warnings,
  include_flagged AS "includeFlagged", excluded_responses AS "excludedResponses" FROM synthesis_run`;

/** A run as a worker claims it. */
export interface ClaimedRun {
  attempt: number;
  studyId: string;
  provider: string;
  personaCount: number | null;
  actorId: string | null;
  /** Whether responses with quality flags go in (default: they are left out). */
  includeFlagged: boolean;
}

/** The synthesis_run table: the only code that reads or writes it. */
@Injectable()
export class SynthesisRunRepository {
  constructor(
    @InjectRepository(SynthesisRunEntity) private readonly repo: Repository<SynthesisRunEntity>,
  ) {}

  /** The run as a client sees it, or undefined. */
  async byId(id: string): Promise<SynthesisRun | undefined> {
    const [run] = await this.repo.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    return run;
  }

  /** A study's 20 most recent runs, newest first. */
  listForStudy(studyId: string): Promise<SynthesisRun[]> {
    return this.repo.query(`${SELECT_RUN} WHERE study_id = $1 ORDER BY created_at DESC LIMIT 20`, [
      studyId,
    ]);
  }

  /** The runs with these ids as a client sees them, in one query; unknown ids are left out. */
  byIds(ids: readonly string[]): Promise<SynthesisRun[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.query(`${SELECT_RUN} WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
  }

  /** `listForStudy` for many studies in one query: each study's 20 most recent runs, newest first. */
  listForStudies(studyIds: readonly string[]): Promise<SynthesisRun[]> {
    if (!studyIds.length) return Promise.resolve([]);
    return this.repo.query(
      `${SELECT_RUN} WHERE id IN (
         SELECT id FROM (
           SELECT id, row_number() OVER (PARTITION BY study_id ORDER BY created_at DESC) AS n
             FROM synthesis_run WHERE study_id = ANY($1::uuid[])
         ) recent WHERE n <= 20
       ) ORDER BY created_at DESC`,
      [[...new Set(studyIds)]],
    );
  }

  /** The study's latest succeeded run that kept a segment model (persona tracking), or undefined. */
  async latestModel(studyId: string): Promise<{ id: string; model: unknown } | undefined> {
    const [row] = await this.repo.query(
      `SELECT id, segment_model AS model FROM synthesis_run
        WHERE study_id = $1 AND status = 'SUCCEEDED' AND segment_model IS NOT NULL
        ORDER BY finished_at DESC, created_at DESC LIMIT 1`,
      [studyId],
    );
    return row;
  }

  /** Studies whose latest succeeded run kept a segment model (the tracking sweep's list). */
  async studiesWithModel(): Promise<string[]> {
    const rows: { studyId: string }[] = await this.repo.query(
      `SELECT DISTINCT study_id AS "studyId" FROM synthesis_run
        WHERE status = 'SUCCEEDED' AND segment_model IS NOT NULL`,
    );
    return rows.map((r) => r.studyId);
  }

  /** The study a run belongs to, or undefined when there is no such run. */
  async studyOf(id: string): Promise<string | undefined> {
    const run = await this.repo.findOne({ select: { studyId: true }, where: { id } });
    return run?.studyId;
  }

  /** Whether the study has a run queued or running. */
  async hasActive(studyId: string): Promise<boolean> {
    const rows = await this.repo.query(
      `SELECT 1 FROM synthesis_run WHERE study_id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [studyId],
    );
    return rows.length > 0;
  }

  /** A new QUEUED run; returns its id. */
  async create(run: {
    studyId: string;
    provider: string;
    model: string | null;
    personaCount: number | null;
    createdBy: string;
    includeFlagged?: boolean;
  }): Promise<string> {
    const [row] = await this.repo.query(
      `INSERT INTO synthesis_run (study_id, provider, model, persona_count, created_by, heartbeat_at, include_flagged) VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING id`,
      [run.studyId, run.provider, run.model, run.personaCount, run.createdBy, run.includeFlagged ?? false],
    );
    return row.id;
  }

  /** Records the flagged responses the attempt left out (count and per reason), or null when it included them. */
  async recordExcluded(
    id: string,
    attempt: number,
    excluded: { count: number; reasons: { reason: string; count: number }[] } | null,
  ): Promise<void> {
    await this.repo.query(
      'UPDATE synthesis_run SET excluded_responses = $3 WHERE id = $1 AND attempt = $2',
      [id, attempt, excluded === null ? null : JSON.stringify(excluded)],
    );
  }

  /** Asks a queued or running run to stop (a queued one ends CANCELLED at once); false when it has already finished. */
  async requestCancel(id: string): Promise<boolean> {
    const rows = await this.repo.query(
      `WITH u AS (UPDATE synthesis_run SET cancel_requested = true,
                   status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
                   finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END
                 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM u`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Claims a queued (or crashed running) run for a new attempt; undefined when it is no longer to
   * be run, or when its current attempt is still alive (it beat within `liveSeconds`): a job retried
   * while its first attempt runs never starts a second engine beside it.
   */
  async claim(id: string, liveSeconds: number): Promise<ClaimedRun | undefined> {
    const [row] = await this.repo.query(
      `WITH u AS (UPDATE synthesis_run SET status = 'RUNNING', attempt = attempt + 1, progress = 0, stage = 'loading',
                   started_at = COALESCE(started_at, now()), heartbeat_at = now()
                 WHERE id = $1 AND NOT cancel_requested
                   AND (status = 'QUEUED' OR (status = 'RUNNING' AND (attempt = 0 OR heartbeat_at IS NULL
                        OR heartbeat_at < now() - make_interval(secs => $2))))
                 RETURNING attempt, study_id, provider, persona_count, created_by, include_flagged) SELECT * FROM u`,
      [id, liveSeconds],
    );
    return (
      row && {
        attempt: row.attempt,
        studyId: row.study_id,
        provider: row.provider,
        personaCount: row.persona_count,
        actorId: row.created_by,
        includeFlagged: row.include_flagged === true,
      }
    );
  }

  /** Records the attempt's stage and progress; false when the attempt is no longer the live one (cancelled or superseded). */
  async report(id: string, attempt: number, stage: string, progress: number): Promise<boolean> {
    const rows = await this.repo.query(
      `WITH u AS (UPDATE synthesis_run SET stage = $3, progress = $4, heartbeat_at = now()
                   WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' AND NOT cancel_requested RETURNING id) SELECT id FROM u`,
      [id, attempt, stage, progress],
    );
    return rows.length > 0;
  }

  /** The attempt is alive (its heartbeat); false when it is no longer the live one (cancelled or superseded). */
  async beat(id: string, attempt: number): Promise<boolean> {
    const rows = await this.repo.query(
      `WITH u AS (UPDATE synthesis_run SET heartbeat_at = now()
                   WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' AND NOT cancel_requested RETURNING id) SELECT id FROM u`,
      [id, attempt],
    );
    return rows.length > 0;
  }

  async addTokens(id: string, tokensIn: number, tokensOut: number): Promise<void> {
    await this.repo.query(
      'UPDATE synthesis_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1',
      [id, tokensIn, tokensOut],
    );
  }

  /**
   * Ends the attempt SUCCEEDED in one transaction with what `write` stores (the run's personas):
   * the run row is locked first, and nothing is written unless the attempt is still the live one
   * (then false). `write`'s summary joins `stats`.
   */
  succeed<S extends object>(
    id: string,
    attempt: number,
    result: { quality: unknown; stats: Record<string, unknown>; segmentModel?: unknown },
    write: (tx: EntityManager) => Promise<S>,
  ): Promise<boolean> {
    return this.repo.manager.transaction(async (tx) => {
      const [live] = await tx.query(
        'SELECT status, attempt, cancel_requested FROM synthesis_run WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (live.status !== 'RUNNING' || live.attempt !== attempt || live.cancel_requested)
        return false;
      const summary = await write(tx);
      await tx.query(
        `UPDATE synthesis_run SET status = 'SUCCEEDED', progress = 1, stage = 'done', quality = $2, stats = $3, segment_model = $4, finished_at = now() WHERE id = $1`,
        [id, result.quality, { ...result.stats, ...summary }, result.segmentModel ?? null],
      );
      return true;
    });
  }

  /** A cancelled attempt ends CANCELLED. */
  async markCancelled(id: string, attempt: number): Promise<void> {
    await this.repo.query(
      `UPDATE synthesis_run SET status = 'CANCELLED', finished_at = now() WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' AND cancel_requested`,
      [id, attempt],
    );
  }

  /**
   * A failed attempt ends FAILED with a reason a researcher can read; `then` runs in the same
   * transaction when the row did change (e.g. to tell whoever started the run).
   */
  async markFailed(
    id: string,
    attempt: number,
    reason: string,
    then?: (tx: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.repo.manager.transaction(async (tx) => {
      const rows: unknown[] = await tx.query(
        `WITH u AS (UPDATE synthesis_run SET status = 'FAILED', error = $3, finished_at = now()
                     WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' RETURNING id) SELECT id FROM u`,
        [id, attempt, reason],
      );
      if (rows.length && then) await then(tx);
    });
  }

  /** Fails runs whose worker has not reported for `staleSeconds`; returns how many. */
  async failStale(staleSeconds: number): Promise<number> {
    const rows = await this.repo.query(
      `WITH u AS (UPDATE synthesis_run SET status = 'FAILED', finished_at = now(),
                   error = 'The worker running this synthesis stopped and the run could not be resumed. Start it again.'
                 WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id) SELECT id FROM u`,
      [staleSeconds],
    );
    return rows.length;
  }
}
