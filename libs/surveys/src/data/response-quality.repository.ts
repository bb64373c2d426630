import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { Repository } from 'typeorm';
import type { QualityFlag, QualityReason, StoredQualityResponse } from '../quality';
import { ResponseQualityFlagEntity } from './response-quality-flag.entity';

/** Flags per reason of one survey (or study), over its complete responses. */
export interface QualityCounts {
  key: string;
  responseCount: number;
  flaggedCount: number;
  reasons: { reason: QualityReason; count: number }[];
}

/** What the reads and writes run on: the repository or a transaction's manager. */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** A stored flag with its response. */
export interface StoredFlag extends QualityFlag {
  responseId: string;
}

/** All SQL on `response_quality_flag`, and the reads a recomputation needs. */
@Injectable()
export class ResponseQualityRepository {
  constructor(
    @InjectRepository(ResponseQualityFlagEntity)
    private readonly flags: Repository<ResponseQualityFlagEntity>,
  ) {}

  /**
   * The survey's edited questions and every response, with its duration in seconds: null for an
   * import (exports carry no start time) and for a response sent whole (first save = submission).
   */
  async inputs(
    surveyId: string,
    db: Queryable = this.flags,
  ): Promise<{ definition: SurveyDefinition; responses: StoredQualityResponse[] } | null> {
    const [survey]: { definition: SurveyDefinition }[] = await db.query(
      'SELECT definition FROM survey WHERE id = $1',
      [surveyId],
    );
    if (!survey) return null;
    // Answers as JSON text: the quality thread parses them, not the event loop.
    const responses: StoredQualityResponse[] = await db.query(
      `SELECT r.id, r.complete, r.answers::text AS "answersJson",
              CASE WHEN r.client_response_id LIKE 'import-%' OR r.submitted_at <= r.started_at THEN NULL
                   ELSE extract(epoch FROM r.submitted_at - r.started_at)::float8 END AS "durationSeconds"
         FROM response r WHERE r.survey_id = $1`,
      [surveyId],
    );
    return { definition: survey.definition, responses };
  }

  /**
   * Runs `work` in one transaction holding the survey's recomputation lock, so recomputations of
   * one survey run one after another and each reads what the one before it had read and more:
   * a slower, older read can never overwrite a newer one.
   */
  locked<T>(surveyId: string, work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.flags.manager.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`quality:${surveyId}`]);
      return work(tx);
    });
  }

  /** Replaces the survey's flags: one DELETE and one INSERT … SELECT FROM unnest (call inside `locked`). */
  async replace(surveyId: string, flags: readonly StoredFlag[], tx: Queryable): Promise<void> {
    {
      await tx.query('DELETE FROM response_quality_flag WHERE survey_id = $1', [surveyId]);
      if (!flags.length) return;
      await tx.query(
        `INSERT INTO response_quality_flag (response_id, survey_id, reason, detail)
         SELECT f.response_id, $1, f.reason, f.detail
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS f(response_id, reason, detail)
           JOIN response r ON r.id = f.response_id AND r.survey_id = $1`,
        [surveyId, flags.map((f) => f.responseId), flags.map((f) => f.reason), flags.map((f) => f.detail)],
      );
    }
  }

  /** The flags of these responses, in reason order. */
  async ofResponses(responseIds: readonly string[]): Promise<StoredFlag[]> {
    if (!responseIds.length) return [];
    return this.flags.query(
      `SELECT response_id AS "responseId", reason, detail FROM response_quality_flag
        WHERE response_id = ANY($1::uuid[]) ORDER BY response_id, reason`,
      [responseIds],
    );
  }

  /** Counts per reason over the complete responses of each survey (key = survey id). */
  async summaryOfSurveys(surveyIds: readonly string[]): Promise<QualityCounts[]> {
    if (!surveyIds.length) return [];
    const rows: { key: string; responses: number; flagged: number; reasons: Record<string, number> | null }[] =
      await this.flags.query(
        `SELECT s.id AS key,
                (SELECT count(*)::int FROM response r WHERE r.survey_id = s.id AND r.complete) AS responses,
                (SELECT count(DISTINCT f.response_id)::int FROM response_quality_flag f JOIN response r ON r.id = f.response_id
                  WHERE f.survey_id = s.id AND r.complete) AS flagged,
                (SELECT jsonb_object_agg(reason, n) FROM (
                   SELECT f.reason, count(*)::int AS n FROM response_quality_flag f JOIN response r ON r.id = f.response_id
                    WHERE f.survey_id = s.id AND r.complete GROUP BY f.reason) x) AS reasons
           FROM unnest($1::uuid[]) AS s(id)`,
        [surveyIds],
      );
    return rows.map(toCounts);
  }

  /** Counts per reason over the complete responses of each study's surveys (key = study id). */
  async summaryOfStudies(studyIds: readonly string[]): Promise<QualityCounts[]> {
    if (!studyIds.length) return [];
    const rows: { key: string; responses: number; flagged: number; reasons: Record<string, number> | null }[] =
      await this.flags.query(
        `SELECT st.id AS key,
                (SELECT count(*)::int FROM response r JOIN survey s ON s.id = r.survey_id
                  WHERE s.study_id = st.id AND r.complete) AS responses,
                (SELECT count(DISTINCT f.response_id)::int FROM response_quality_flag f
                   JOIN response r ON r.id = f.response_id JOIN survey s ON s.id = f.survey_id
                  WHERE s.study_id = st.id AND r.complete) AS flagged,
                (SELECT jsonb_object_agg(reason, n) FROM (
                   SELECT f.reason, count(*)::int AS n FROM response_quality_flag f
                     JOIN response r ON r.id = f.response_id JOIN survey s ON s.id = f.survey_id
                    WHERE s.study_id = st.id AND r.complete GROUP BY f.reason) x) AS reasons
           FROM unnest($1::uuid[]) AS st(id)`,
        [studyIds],
      );
    return rows.map(toCounts);
  }
}

const ORDER: QualityReason[] = ['FAILED_ATTENTION_CHECK', 'SPEEDING', 'STRAIGHT_LINING', 'LOW_EFFORT_TEXT', 'DUPLICATE_TEXT'];

function toCounts(row: { key: string; responses: number; flagged: number; reasons: Record<string, number> | null }): QualityCounts {
  return {
    key: row.key,
    responseCount: row.responses,
    flaggedCount: row.flagged,
    reasons: ORDER.filter((r) => row.reasons?.[r]).map((reason) => ({ reason, count: row.reasons![reason] })),
  };
}
