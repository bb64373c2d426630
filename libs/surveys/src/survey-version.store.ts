import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { notFound } from '@persona-lab/errors';

/**
 * Frozen survey versions. What respondents see in a published version never
 * changes, so it is safe to keep in memory once read (bounded by count). Only
 * analysis settings (persona field, sensitive) change in place, through
 * updateQuestionAnalysis, which calls `forget`; they play no part in showing
 * or validating answers, which is what this memo serves.
 */
@Injectable()
export class SurveyVersionStore {
  private readonly memo = new Map<string, SurveyDefinition>();
  private static readonly MAX = 500;

  constructor(private readonly db: DataSource) {}

  async get(surveyId: string, version: number): Promise<SurveyDefinition> {
    const key = `${surveyId}:${version}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const [row] = await this.db.query('SELECT definition FROM survey_version WHERE survey_id = $1 AND version = $2', [surveyId, version]);
    if (!row) throw notFound('That version of the survey');
    if (this.memo.size >= SurveyVersionStore.MAX) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, row.definition);
    return row.definition;
  }

  /** Drops the memo of a survey's versions (after their analysis settings changed). */
  forget(surveyId: string): void {
    for (const key of [...this.memo.keys()]) if (key.startsWith(`${surveyId}:`)) this.memo.delete(key);
  }

  /** Every frozen version of a survey, oldest first. */
  async all(surveyId: string): Promise<Map<number, SurveyDefinition>> {
    const rows: { version: number; definition: SurveyDefinition }[] = await this.db.query(
      'SELECT version, definition FROM survey_version WHERE survey_id = $1 ORDER BY version',
      [surveyId],
    );
    return new Map(rows.map((r) => [r.version, r.definition]));
  }
}
