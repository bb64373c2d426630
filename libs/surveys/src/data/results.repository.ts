import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Question } from '@persona-lab/survey-logic';
import { ResponseEntity } from './response.entity';
import type { ResponseScope } from './response-scope';
import { resultsAggregateSql, type ResultColumn } from './results-sql';

/** A response as the responses page and the exports read it. */
export interface ScopedResponseRow {
  id: string;
  survey_version: number;
  complete: boolean;
  submitted_at: Date;
  /** PostgreSQL's own text of submitted_at, for cursors (a JS Date would drop the microseconds). */
  cursor_at: string;
  answers: Record<string, unknown>;
  hidden_fields: Record<string, string> | null;
}

/** A keyset position: (submitted_at text, id). */
export type ResponseCursor = readonly [string, string];

/** Reads of responses under a scope (results, the responses page, exports), all computed in PostgreSQL. */
@Injectable()
export class ResultsRepository {
  constructor(
    @InjectRepository(ResponseEntity) private readonly repo: Repository<ResponseEntity>,
  ) {}

  /** The single-pass aggregate (see `resultsAggregateSql`): one row, and what each of its `c<i>` columns holds. */
  async aggregate(
    questions: Question[],
    scope: ResponseScope,
  ): Promise<{ row: Record<string, unknown>; columns: ResultColumn[] }> {
    const params = [...scope.params];
    const { sql, columns } = resultsAggregateSql(questions, scope.where, params);
    const [row] = await this.repo.query(sql, params);
    return { row, columns };
  }

  /** The newest answers to a question (whatever JSON they hold, as text), at most `limit`. */
  async newestTexts(scope: ResponseScope, questionId: string, limit: number): Promise<string[]> {
    const k = scope.params.length + 1;
    const rows: { t: string }[] = await this.repo.query(
      `SELECT r.answers ->> $${k} AS t FROM response r WHERE ${scope.where} AND r.answers ? $${k}
        ORDER BY r.submitted_at DESC, r.id DESC LIMIT ${Number(limit)}`,
      [...scope.params, questionId],
    );
    return rows.map((r) => r.t);
  }

  /**
   * Up to `limit` responses of the scope after the cursor: newest first (`desc`, the responses
   * page) or oldest first (the exports), keyset-paginated so pages stay stable under concurrent inserts.
   */
  page(
    scope: ResponseScope,
    order: 'newest' | 'oldest',
    limit: number,
    after: ResponseCursor | null,
  ): Promise<ScopedResponseRow[]> {
    const params = [...scope.params];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const [cmp, dir] = order === 'newest' ? ['<', ' DESC'] : ['>', ''];
    const keyset = after
      ? `AND (r.submitted_at, r.id) ${cmp} (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`
      : '';
    return this.repo.query(
      `SELECT r.id, r.survey_version, r.complete, r.submitted_at, r.submitted_at::text AS cursor_at, r.answers, r.hidden_fields
         FROM response r WHERE ${scope.where} ${keyset}
        ORDER BY r.submitted_at${dir}, r.id${dir} LIMIT ${p(limit)}`,
      params,
    );
  }

  /** How many responses the scope holds. */
  async count(scope: ResponseScope): Promise<number> {
    const [row] = await this.repo.query(
      `SELECT count(*)::int AS n FROM response r WHERE ${scope.where}`,
      scope.params,
    );
    return row.n;
  }

  /** How many partial (not complete) responses the scope holds. */
  async countPartial(scope: ResponseScope): Promise<number> {
    const [row] = await this.repo.query(
      `SELECT count(*)::int AS n FROM response r WHERE ${scope.where} AND NOT r.complete`,
      scope.params,
    );
    return row.n;
  }

  /** Every hidden-field name any response of the survey carries, sorted. */
  async hiddenFieldKeys(surveyId: string): Promise<string[]> {
    const rows: { k: string }[] = await this.repo.query(
      'SELECT DISTINCT jsonb_object_keys(hidden_fields) AS k FROM response WHERE survey_id = $1 AND hidden_fields IS NOT NULL ORDER BY 1',
      [surveyId],
    );
    return rows.map((r) => r.k);
  }
}
