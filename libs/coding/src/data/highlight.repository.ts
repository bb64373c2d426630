import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { CodeCategory, HighlightStatus, SourceType } from '../models/coding.model';
import { HighlightEntity } from './highlight.entity';

/** Where a highlight's text is. */
export interface HighlightSource {
  type: SourceType;
  segmentId: string | null;
  responseId: string | null;
  questionId: string | null;
  /** The feedback message (FEEDBACK_MESSAGE); optional so callers that only code turns and answers may leave it out. */
  messageId?: string | null;
}

/** A highlight as the `Highlight` model shows it. */
export interface HighlightRow {
  id: string;
  codeId: string;
  start: number;
  end: number;
  text: string;
  status: HighlightStatus;
  coder: string;
  confidence: number | null;
  source: HighlightSource;
}

/** A new highlight: a code on a span of one source. */
export interface NewHighlight {
  codeId: string;
  source: HighlightSource;
  start: number;
  end: number;
  text: string;
  confidence: number | null;
}

/** One coder's decision, for agreement: a code on a unit of a source. */
export interface CoderCall extends HighlightSource {
  coder: string;
  codeId: string;
}

/** A highlight with its code, for the CSV export. */
export interface ExportedHighlight extends HighlightSource {
  id: string;
  codeName: string;
  category: CodeCategory;
  start: number;
  end: number;
  text: string;
  status: HighlightStatus;
  coder: string;
  confidence: number | null;
  createdAt: Date;
}

const SELECT_HIGHLIGHT = `SELECT h.id, h.code_id AS "codeId", h.start_offset AS start, h.end_offset AS "end", h.text, h.status, h.coder, h.confidence,
  json_build_object('type', h.source_type, 'segmentId', h.segment_id, 'responseId', h.response_id, 'questionId', h.question_id, 'messageId', h.message_id) AS source
  FROM highlight h`;

/** Unnests the parallel arrays of new highlights (eight columns, then the message ids). */
const columns = (rows: readonly NewHighlight[]) => [
  rows.map((r) => r.source.type),
  rows.map((r) => r.source.segmentId),
  rows.map((r) => r.source.responseId),
  rows.map((r) => r.source.questionId),
  rows.map((r) => r.start),
  rows.map((r) => r.end),
  rows.map((r) => r.text),
  rows.map((r) => r.confidence),
  rows.map((r) => r.source.messageId ?? null),
];

/** Highlights (table `highlight`): people's codings and the suggestions of coding and theme runs. */
@Injectable()
export class HighlightRepository {
  constructor(
    @InjectRepository(HighlightEntity) private readonly highlights: Repository<HighlightEntity>,
  ) {}

  /** Stores a person's highlight as ACCEPTED; undefined when this coder already has this code on exactly this span. */
  async insertAccepted(
    studyId: string,
    coder: string,
    h: Omit<NewHighlight, 'confidence'>,
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await this.highlights.query(
      `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder, message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ACCEPTED', $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
      [
        studyId,
        h.codeId,
        h.source.type,
        h.source.segmentId,
        h.source.responseId,
        h.source.questionId,
        h.start,
        h.end,
        h.text,
        coder,
        h.source.messageId ?? null,
      ],
    );
    return rows[0]?.id;
  }

  /**
   * Stores a coding run's suggestions in batches of 1,000 (a span this coder already has for the
   * code is skipped, so a resumed run adds no duplicates).
   */
  async insertRunSuggestions(
    runId: string,
    studyId: string,
    coder: string,
    suggestions: readonly NewHighlight[],
  ): Promise<void> {
    for (let i = 0; i < suggestions.length; i += 1000) {
      const batch = suggestions.slice(i, i + 1000);
      await this.highlights.query(
        `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder, confidence, coding_run_id, message_id)
         SELECT $1, c, t, seg, resp, q, s, e, txt, 'SUGGESTED', $2, conf, $3, msg
           FROM unnest($4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::int[], $11::text[], $12::float8[], $13::uuid[]) AS x(c, t, seg, resp, q, s, e, txt, conf, msg)
         ON CONFLICT DO NOTHING`,
        [studyId, coder, runId, batch.map((s) => s.codeId), ...columns(batch)],
      );
    }
  }

  /**
   * Stores a theme's member sentences as SUGGESTED highlights of its code, in the caller's
   * transaction; spans anyone already coded with this code (whatever its status) are skipped.
   * Answers how many were added.
   */
  async insertThemeSuggestions(
    studyId: string,
    codeId: string,
    coder: string,
    suggestions: readonly Omit<NewHighlight, 'codeId'>[],
    manager: EntityManager = this.highlights.manager,
  ): Promise<number> {
    if (!suggestions.length) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder, confidence, message_id)
       SELECT $1, $2, x.t, x.seg, x.resp, x.q, x.s, x.e, x.txt, 'SUGGESTED', $3, x.conf, x.msg
         FROM unnest($4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::int[], $10::text[], $11::float8[], $12::uuid[]) AS x(t, seg, resp, q, s, e, txt, conf, msg)
        WHERE NOT EXISTS (SELECT 1 FROM highlight h WHERE h.code_id = $2 AND h.source_type = x.t AND h.segment_id IS NOT DISTINCT FROM x.seg
                            AND h.response_id IS NOT DISTINCT FROM x.resp AND h.question_id IS NOT DISTINCT FROM x.q
                            AND h.message_id IS NOT DISTINCT FROM x.msg
                            AND h.start_offset = x.s AND h.end_offset = x.e)
       ON CONFLICT DO NOTHING RETURNING id`,
      [studyId, codeId, coder, ...columns(suggestions.map((s) => ({ ...s, codeId })))],
    );
    return rows.length;
  }

  /** One highlight, or undefined when there is none. */
  async byId(id: string): Promise<HighlightRow | undefined> {
    const [row]: HighlightRow[] = await this.highlights.query(
      `${SELECT_HIGHLIGHT} WHERE h.id = $1`,
      [id],
    );
    return row;
  }

  /** The study a highlight belongs to, or undefined when there is no such highlight. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.highlights.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  async remove(id: string): Promise<void> {
    await this.highlights.delete({ id });
  }

  /** Accepts or rejects a pending suggestion; false when it is not pending (any more). */
  async review(id: string, status: 'ACCEPTED' | 'REJECTED'): Promise<boolean> {
    const rows: unknown[] = await this.highlights.query(
      `WITH u AS (UPDATE highlight SET status = $2 WHERE id = $1 AND status = 'SUGGESTED' RETURNING id) SELECT id FROM u`,
      [id, status],
    );
    return rows.length > 0;
  }

  /** The studies the given highlights belong to, with how many of the ids each holds. */
  async studiesOf(ids: string[]): Promise<{ studyId: string; n: number }[]> {
    return this.highlights.query(
      `SELECT study_id AS "studyId", count(*)::int AS n FROM highlight WHERE id = ANY($1::uuid[]) GROUP BY study_id`,
      [ids],
    );
  }

  /** Accepts or rejects the pending ones of these suggestions of a study in one statement; the count changed. */
  async reviewMany(
    studyId: string,
    ids: string[],
    status: 'ACCEPTED' | 'REJECTED',
  ): Promise<number> {
    const rows: unknown[] = await this.highlights.query(
      `WITH u AS (UPDATE highlight SET status = $3 WHERE study_id = $1 AND id = ANY($2::uuid[]) AND status = 'SUGGESTED' RETURNING id) SELECT id FROM u`,
      [studyId, ids, status],
    );
    return rows.length;
  }

  /**
   * Puts reviewed suggestions of a study back to pending (undo of a review); a person's own
   * highlight (its coder is a user id) is never made a suggestion. Answers how many changed.
   */
  async reopen(studyId: string, ids: string[]): Promise<number> {
    const rows: unknown[] = await this.highlights.query(
      `WITH u AS (UPDATE highlight SET status = 'SUGGESTED' WHERE study_id = $1 AND id = ANY($2::uuid[]) AND status IN ('ACCEPTED', 'REJECTED')
                    AND coder !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' RETURNING id) SELECT id FROM u`,
      [studyId, ids],
    );
    return rows.length;
  }

  /** Accepts every pending suggestion of a code with at least this confidence, in one statement; the count. */
  async acceptAbove(studyId: string, codeId: string, minConfidence: number): Promise<number> {
    const rows: unknown[] = await this.highlights.query(
      `WITH u AS (UPDATE highlight SET status = 'ACCEPTED' WHERE study_id = $1 AND code_id = $2 AND status = 'SUGGESTED' AND confidence >= $3 RETURNING id) SELECT id FROM u`,
      [studyId, codeId, minConfidence],
    );
    return rows.length;
  }

  /** A study's highlights, oldest first, at most 5,000; optionally of one status and one code. */
  async list(
    studyId: string,
    status?: HighlightStatus | null,
    codeId?: string | null,
  ): Promise<HighlightRow[]> {
    const params: unknown[] = [studyId];
    let where = 'h.study_id = $1';
    if (status) {
      params.push(status);
      where += ` AND h.status = $${params.length}`;
    }
    if (codeId) {
      params.push(codeId);
      where += ` AND h.code_id::text = $${params.length}`;
    }
    return this.highlights.query(
      `${SELECT_HIGHLIGHT} WHERE ${where} ORDER BY h.created_at, h.id LIMIT 5000`,
      params,
    );
  }

  /** Every decision of these coders in the study (whatever a person later did with a suggestion). */
  async coderCalls(studyId: string, coders: readonly string[]): Promise<CoderCall[]> {
    return this.highlights.query(
      `SELECT h.coder, h.code_id AS "codeId", h.source_type AS type, h.segment_id AS "segmentId", h.response_id AS "responseId", h.question_id AS "questionId",
              h.message_id AS "messageId"
         FROM highlight h WHERE h.study_id = $1 AND h.coder = ANY($2)`,
      [studyId, coders],
    );
  }

  /** Highlights of a code that are not rejected. */
  async countForCode(codeId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.highlights.query(
      `SELECT count(*)::int AS n FROM highlight WHERE code_id = $1 AND status <> 'REJECTED'`,
      [codeId],
    );
    return n;
  }

  /** `countForCode` of each of these codes, in one query; a code without highlights has no row. */
  countForCodes(codeIds: readonly string[]): Promise<{ codeId: string; n: number }[]> {
    if (!codeIds.length) return Promise.resolve([]);
    return this.highlights.query(
      `SELECT code_id AS "codeId", count(*)::int AS n FROM highlight
        WHERE code_id = ANY($1::uuid[]) AND status <> 'REJECTED' GROUP BY code_id`,
      [[...new Set(codeIds)]],
    );
  }

  /** A study's highlights with their codes, oldest first, for the CSV export. */
  async forExport(studyId: string): Promise<ExportedHighlight[]> {
    return this.highlights.query(
      `SELECT h.id, c.name AS "codeName", c.category, h.source_type AS type, h.segment_id AS "segmentId", h.response_id AS "responseId",
              h.question_id AS "questionId", h.message_id AS "messageId", h.start_offset AS start, h.end_offset AS "end", h.text, h.status, h.coder, h.confidence,
              h.created_at AS "createdAt"
         FROM highlight h JOIN code c ON c.id = h.code_id WHERE h.study_id = $1 ORDER BY h.created_at, h.id`,
      [studyId],
    );
  }

  /** Up to ten accepted highlights per code, oldest first: examples for a coder. */
  async acceptedExamples(studyId: string): Promise<{ codeId: string; text: string }[]> {
    return this.highlights.query(
      `SELECT code_id AS "codeId", text FROM (SELECT code_id, text, row_number() OVER (PARTITION BY code_id ORDER BY created_at) AS n
         FROM highlight WHERE study_id = $1 AND status = 'ACCEPTED') x WHERE n <= 10`,
      [studyId],
    );
  }

  /** Every (code, source) pair already coded in the study, whatever the status. */
  async codedSources(studyId: string): Promise<(HighlightSource & { codeId: string })[]> {
    return this.highlights.query(
      `SELECT DISTINCT code_id AS "codeId", source_type AS type, segment_id AS "segmentId", response_id AS "responseId", question_id AS "questionId",
              message_id AS "messageId"
         FROM highlight WHERE study_id = $1`,
      [studyId],
    );
  }

  /** Suggestions of each of these codes by one coder still pending, and those accepted, in one query; a code without any has no row. */
  suggestionCountsOf(
    codeIds: readonly string[],
    coder: string,
  ): Promise<{ codeId: string; pending: number; accepted: number }[]> {
    if (!codeIds.length) return Promise.resolve([]);
    return this.highlights.query(
      `SELECT code_id AS "codeId", count(*) FILTER (WHERE status = 'SUGGESTED')::int AS pending,
              count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted
         FROM highlight WHERE code_id = ANY($1::uuid[]) AND coder = $2 GROUP BY code_id`,
      [[...new Set(codeIds)], coder],
    );
  }

  /** Each code's `limit` best-fitting highlights by one coder that are not rejected (highest confidence first), in one query (per code, laterally). */
  bestOfCoderMany(
    codeIds: readonly string[],
    coder: string,
    limit: number,
  ): Promise<HighlightRow[]> {
    if (!codeIds.length) return Promise.resolve([]);
    return this.highlights.query(
      `SELECT best.* FROM unnest($1::uuid[]) AS c(code_id) CROSS JOIN LATERAL (
         ${SELECT_HIGHLIGHT} WHERE h.code_id = c.code_id AND h.coder = $2 AND h.status <> 'REJECTED'
          ORDER BY h.confidence DESC NULLS LAST, h.id LIMIT $3
       ) best`,
      [[...new Set(codeIds)], coder, limit],
    );
  }
}
