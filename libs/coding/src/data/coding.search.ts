import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetCondition, keysetParams, type TextSearchWindow } from '@persona-lab/db';
import { CodeEntity } from './code.entity';
import { HighlightEntity } from './highlight.entity';

/** An accepted highlight that matches a search by its quote or its code's name and description. */
export interface HighlightSearchRow {
  /** The highlight id (the row key of the search order). */
  key: string;
  rank: number;
  highlightId: string;
  studyId: string;
  codeId: string;
  codeName: string;
  sourceType: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER' | 'FEEDBACK_MESSAGE';
  segmentId: string | null;
  responseId: string | null;
  questionId: string | null;
  /** The feedback message (FEEDBACK_MESSAGE). */
  messageId: string | null;
  /** The quote. */
  text: string;
}

/** A code that matches a search by its name or description. */
export interface CodeSearchRow {
  /** The code id (the row key of the search order). */
  key: string;
  rank: number;
  codeId: string;
  studyId: string;
  name: string;
  description: string | null;
  /** Accepted highlights of the code. */
  highlightCount: number;
}

/** The sources an accepted highlight of a code marks: what a search narrowed to one code looks in. */
export interface CodedSources {
  segmentIds: string[];
  answers: { responseId: string; questionId: string }[];
  /** Feedback messages. */
  messageIds: string[];
}

/**
 * Full-text search over coding's tables: highlights (quote, plus the code's name and description
 * at a lower weight) and codes (name weight A, description B), through their `search_tsv` columns
 * and GIN indexes. Only accepted highlights are searched (suggestions are not findings yet).
 */
@Injectable()
export class CodingSearchReader {
  constructor(
    @InjectRepository(HighlightEntity) private readonly highlights: Repository<HighlightEntity>,
    @InjectRepository(CodeEntity) private readonly codes: Repository<CodeEntity>,
  ) {}

  /** Matching accepted highlights of the window's studies (of one code when `codeId` is given), best first. */
  searchHighlights(w: TextSearchWindow, codeId?: string | null): Promise<HighlightSearchRow[]> {
    if (!w.studyIds.length) return Promise.resolve([]);
    return this.highlights.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $2) AS q),
            named AS (SELECT c.id FROM code c, q WHERE c.study_id = ANY($1::uuid[]) AND c.search_tsv @@ q.q)
       SELECT x.* FROM (
         SELECT h.id::text AS key, ts_rank_cd(h.search_tsv || setweight(c.search_tsv, 'D'), q.q, 1) AS rank,
                h.id AS "highlightId", h.study_id AS "studyId", h.code_id AS "codeId", c.name AS "codeName",
                h.source_type AS "sourceType", h.segment_id AS "segmentId", h.response_id AS "responseId",
                h.question_id AS "questionId", h.message_id AS "messageId", h.text
           FROM highlight h JOIN code c ON c.id = h.code_id, q
          WHERE h.study_id = ANY($1::uuid[]) AND h.status = 'ACCEPTED'
            AND (h.search_tsv @@ q.q OR h.code_id IN (SELECT id FROM named))
            AND ($6::uuid IS NULL OR h.code_id = $6::uuid)
       ) x
       WHERE ${keysetCondition('$3', '$4')}
       ORDER BY x.rank DESC, x.key COLLATE "C" LIMIT $5`,
      [w.studyIds, w.query, ...keysetParams(w), w.limit, codeId ?? null],
    );
  }

  /** Matching codes of the window's studies (only `codeId` when given), best first. */
  searchCodes(w: TextSearchWindow, codeId?: string | null): Promise<CodeSearchRow[]> {
    if (!w.studyIds.length) return Promise.resolve([]);
    return this.codes.query(
      `SELECT y.*, (SELECT count(*)::int FROM highlight h WHERE h.code_id = y."codeId" AND h.status = 'ACCEPTED') AS "highlightCount"
         FROM (
           SELECT x.* FROM (
             SELECT c.id::text AS key, ts_rank_cd(c.search_tsv, q, 1) AS rank, c.id AS "codeId",
                    c.study_id AS "studyId", c.name, c.description
               FROM code c, websearch_to_tsquery('english', $2) q
              WHERE c.search_tsv @@ q AND c.study_id = ANY($1::uuid[]) AND ($6::uuid IS NULL OR c.id = $6::uuid)
           ) x
           WHERE ${keysetCondition('$3', '$4')}
           ORDER BY x.rank DESC, x.key COLLATE "C" LIMIT $5
         ) y
        ORDER BY y.rank DESC, y.key COLLATE "C"`,
      [w.studyIds, w.query, ...keysetParams(w), w.limit, codeId ?? null],
    );
  }

  /** The turns, answers and feedback messages an accepted highlight of the code marks, if the code is in one of the studies. */
  async codedSources(studyIds: readonly string[], codeId: string): Promise<CodedSources> {
    const rows: {
      segmentId: string | null;
      responseId: string | null;
      questionId: string | null;
      messageId: string | null;
    }[] = await this.highlights.query(
      `SELECT DISTINCT segment_id AS "segmentId", response_id AS "responseId", question_id AS "questionId", message_id AS "messageId"
           FROM highlight WHERE code_id = $1 AND study_id = ANY($2::uuid[]) AND status = 'ACCEPTED'`,
      [codeId, studyIds],
    );
    return {
      segmentIds: rows.flatMap((r) => (r.segmentId ? [r.segmentId] : [])),
      answers: rows.flatMap((r) =>
        r.responseId && r.questionId
          ? [{ responseId: r.responseId, questionId: r.questionId }]
          : [],
      ),
      messageIds: rows.flatMap((r) => (r.messageId ? [r.messageId] : [])),
    };
  }
}
