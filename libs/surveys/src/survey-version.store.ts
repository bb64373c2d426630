import { Injectable } from '@nestjs/common';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { notFound } from '@persona-lab/errors';
import { SurveyVersionRepository } from './data/survey-version.repository';

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

  constructor(private readonly frozen: SurveyVersionRepository) {}

  async get(surveyId: string, version: number): Promise<SurveyDefinition> {
    const key = `${surveyId}:${version}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const definition = await this.frozen.definition(surveyId, version);
    if (!definition) throw notFound('That version of the survey');
    if (this.memo.size >= SurveyVersionStore.MAX) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, definition);
    return definition;
  }

  /** Drops the memo of a survey's versions (after their analysis settings changed). */
  forget(surveyId: string): void {
    for (const key of [...this.memo.keys()])
      if (key.startsWith(`${surveyId}:`)) this.memo.delete(key);
  }

  /** Every frozen version of a survey, oldest first. */
  async all(surveyId: string): Promise<Map<number, SurveyDefinition>> {
    const rows = await this.frozen.all(surveyId);
    return new Map(rows.map((r) => [r.version, r.definition]));
  }
}
