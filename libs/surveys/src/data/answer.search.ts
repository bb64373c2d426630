import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { TextSearchWindow } from '@persona-lab/db';
import { AnswerSearchEntity } from './answer-search.entity';

/** An open-text answer that matches a search, with what a result needs to show and link it. */
export interface AnswerSearchRow {
  /** `<responseId>:<questionId>` (the row key of the search order). */
  key: string;
  rank: number;
  responseId: string;
  questionId: string;
  surveyId: string;
  studyId: string;
  surveyTitle: string;
  /** The question's title in the version the response answered ('' when not found). */
  questionTitle: string;
  text: string;
}

/**
 * Full-text search over the open-text answers (SHORT_TEXT, LONG_TEXT) of complete responses,
 * through `answer_search` (one row per answer, filled by triggers on `response`) and its GIN
 * index. EMAIL answers are never in it. Reads only surveys' tables.
 */
@Injectable()
export class AnswerSearchReader {
  constructor(
    @InjectRepository(AnswerSearchEntity)
    private readonly answers: Repository<AnswerSearchEntity>,
  ) {}

  /** Matching answers of the window's studies (only the `refs` answers when given), best first. */
  search(
    w: TextSearchWindow,
    refs?: readonly { responseId: string; questionId: string }[] | null,
  ): Promise<AnswerSearchRow[]> {
    if (!w.studyIds.length || refs?.length === 0) return Promise.resolve([]);
    // Ordered by (rank, response_id, question_id): the same order as the key text
    // `<uuid>:<questionId>` in byte order (fixed-width uuid), without building that text per match.
    const key = w.after?.key;
    const [responseAfter, questionAfter] = key ? [key.slice(0, 36), key.slice(37)] : [null, null];
    return this.answers.query(
      `SELECT y."responseId" || ':' || y."questionId" AS key, y.*, s.title AS "surveyTitle",
              coalesce(jsonb_path_query_first(v.definition, '$.questions[*] ? (@.id == $id).title',
                                              jsonb_build_object('id', y."questionId")) #>> '{}', '') AS "questionTitle"
         FROM (
           SELECT ts_rank_cd(a.search_tsv, q, 1) AS rank, a.response_id AS "responseId",
                  a.question_id AS "questionId", a.survey_id AS "surveyId", s.study_id AS "studyId", a.text
             FROM answer_search a JOIN survey s ON s.id = a.survey_id, websearch_to_tsquery('english', $2) q
            WHERE a.search_tsv @@ q AND s.study_id = ANY($1::uuid[])
              AND ($6::uuid[] IS NULL OR (a.response_id, a.question_id) IN
                   (SELECT * FROM unnest($6::uuid[], $7::text[])))
              AND ($3::real IS NULL OR ts_rank_cd(a.search_tsv, q, 1) < $3::real
                   OR (ts_rank_cd(a.search_tsv, q, 1) = $3::real
                       AND ($4::boolean OR (a.response_id, a.question_id COLLATE "C") > ($8::uuid, $9::text))))
            ORDER BY 1 DESC, a.response_id, a.question_id COLLATE "C" LIMIT $5
         ) y
         JOIN survey s ON s.id = y."surveyId"
         JOIN response r ON r.id = y."responseId"
         LEFT JOIN survey_version v ON v.survey_id = r.survey_id AND v.version = r.survey_version
        ORDER BY y.rank DESC, y."responseId", y."questionId" COLLATE "C"`,
      [
        w.studyIds,
        w.query,
        w.after?.rank ?? null,
        key === '',
        w.limit,
        refs ? refs.map((r) => r.responseId) : null,
        refs ? refs.map((r) => r.questionId) : null,
        responseAfter,
        questionAfter,
      ],
    );
  }
}
