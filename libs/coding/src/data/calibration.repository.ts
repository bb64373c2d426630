import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { RunStatus } from '../models/coding.model';
import { CalibrationRunEntity } from './calibration.entity';

/** A calibration run as the `CalibrationRun` model shows it. */
export interface CalibrationRunRow {
  id: string;
  studyId: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  provider: string;
  coder: string;
  sampleSize: number;
  seed: number;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A sampled unit with the human's and (once coded) the coder's codes. */
export interface CalibrationUnitRow {
  unitKey: string;
  humanCodes: string[];
  coderCodes: string[] | null;
}

/** A person's call on a unit: the codes of its ACCEPTED and REJECTED highlights. */
export interface JudgedSource {
  type: string;
  segmentId: string | null;
  responseId: string | null;
  questionId: string | null;
  codeId: string;
  status: 'ACCEPTED' | 'REJECTED';
}

const SELECT_RUN = `SELECT id, study_id AS "studyId", status, progress, error, provider, coder, sample_size AS "sampleSize",
  seed, created_at AS "createdAt", finished_at AS "finishedAt" FROM calibration_run`;

/** Calibration runs and their units (tables `calibration_run`, `calibration_unit`); reads `highlight` for the human side. */
@Injectable()
export class CalibrationRepository {
  constructor(
    @InjectRepository(CalibrationRunEntity) private readonly runs: Repository<CalibrationRunEntity>,
  ) {}

  async insert(
    studyId: string,
    provider: string,
    coder: string,
    sampleSize: number,
    seed: number,
    createdBy: string,
  ): Promise<string> {
    const [run]: { id: string }[] = await this.runs.query(
      `INSERT INTO calibration_run (study_id, provider, coder, sample_size, seed, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [studyId, provider, coder, sampleSize, seed, createdBy],
    );
    return run!.id;
  }

  async byId(id: string): Promise<CalibrationRunRow | undefined> {
    const [run]: CalibrationRunRow[] = await this.runs.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    return run;
  }

  /** The study's most recent calibration, finished or not. */
  async latest(studyId: string): Promise<CalibrationRunRow | undefined> {
    const [run]: CalibrationRunRow[] = await this.runs.query(
      `${SELECT_RUN} WHERE study_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [studyId],
    );
    return run;
  }

  /** Marks a queued (or crashed running) run RUNNING; undefined when it is finished or unknown. */
  async claim(id: string): Promise<CalibrationRunRow | undefined> {
    const [row]: { id: string }[] = await this.runs.query(
      `UPDATE calibration_run SET status = 'RUNNING', started_at = COALESCE(started_at, now())
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [id],
    );
    return row ? this.byId(id) : undefined;
  }

  async progress(id: string, value: number): Promise<void> {
    await this.runs.query('UPDATE calibration_run SET progress = $2 WHERE id = $1', [id, value]);
  }

  async addTokens(id: string, tokensIn: number, tokensOut: number): Promise<void> {
    await this.runs.query(
      'UPDATE calibration_run SET tokens_in = tokens_in + $2, tokens_out = tokens_out + $3 WHERE id = $1',
      [id, tokensIn, tokensOut],
    );
  }

  async succeed(id: string): Promise<void> {
    await this.runs.query(
      `UPDATE calibration_run SET status = 'SUCCEEDED', progress = 1, finished_at = now() WHERE id = $1 AND status = 'RUNNING'`,
      [id],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.runs.query(
      `UPDATE calibration_run SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
      [id, reason],
    );
  }

  /** Units with a person's call: ACCEPTED and REJECTED highlights of the study, one row per (unit, code, status). */
  async judgedSources(studyId: string): Promise<JudgedSource[]> {
    return this.runs.query(
      `SELECT DISTINCT source_type AS type, segment_id AS "segmentId", response_id AS "responseId",
              question_id AS "questionId", code_id AS "codeId", status
         FROM highlight WHERE study_id = $1 AND status IN ('ACCEPTED', 'REJECTED')`,
      [studyId],
    );
  }

  /** Quotes of ACCEPTED highlights with their units, oldest first (examples for the offline coder). */
  async acceptedQuotes(studyId: string): Promise<(Omit<JudgedSource, 'status'> & { text: string })[]> {
    return this.runs.query(
      `SELECT source_type AS type, segment_id AS "segmentId", response_id AS "responseId",
              question_id AS "questionId", code_id AS "codeId", text
         FROM highlight WHERE study_id = $1 AND status = 'ACCEPTED' ORDER BY created_at, id`,
      [studyId],
    );
  }

  /**
   * Stores the sample in one statement, once: a retried job finds it there and keeps it (the
   * primary key makes a second insert of the same units a no-op).
   */
  async insertUnits(runId: string, units: readonly { key: string; codes: readonly string[] }[]): Promise<void> {
    if (!units.length) return;
    await this.runs.query(
      `INSERT INTO calibration_unit (run_id, unit_key, human_codes)
       SELECT $1, k, ARRAY(SELECT jsonb_array_elements_text(c)::uuid)
         FROM unnest($2::text[], $3::jsonb[]) AS x(k, c)
       ON CONFLICT DO NOTHING`,
      [runId, units.map((u) => u.key), units.map((u) => JSON.stringify(u.codes))],
    );
  }

  async units(runId: string): Promise<CalibrationUnitRow[]> {
    return this.runs.query(
      `SELECT unit_key AS "unitKey", human_codes::text[] AS "humanCodes", coder_codes::text[] AS "coderCodes"
         FROM calibration_unit WHERE run_id = $1 ORDER BY unit_key`,
      [runId],
    );
  }

  /** Units of several runs, one query (for the per-run results field). */
  async unitsOfRuns(runIds: readonly string[]): Promise<(CalibrationUnitRow & { runId: string })[]> {
    return this.runs.query(
      `SELECT run_id AS "runId", unit_key AS "unitKey", human_codes::text[] AS "humanCodes", coder_codes::text[] AS "coderCodes"
         FROM calibration_unit WHERE run_id = ANY($1::uuid[]) ORDER BY unit_key`,
      [runIds],
    );
  }

  /** Records the coder's codes for a batch of units (idempotent: a rerun writes the same). */
  async setCoderCodes(runId: string, coded: readonly { key: string; codes: readonly string[] }[]): Promise<void> {
    if (!coded.length) return;
    await this.runs.query(
      `UPDATE calibration_unit u SET coder_codes = ARRAY(SELECT jsonb_array_elements_text(x.c)::uuid)
         FROM unnest($2::text[], $3::jsonb[]) AS x(k, c)
        WHERE u.run_id = $1 AND u.unit_key = x.k`,
      [runId, coded.map((c) => c.key), coded.map((c) => JSON.stringify(c.codes))],
    );
  }

  /** Drops sampled units whose text is gone (deleted since the sample was drawn). */
  async dropUnits(runId: string, keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.runs.query('DELETE FROM calibration_unit WHERE run_id = $1 AND unit_key = ANY($2::text[])', [runId, keys]);
  }
}
