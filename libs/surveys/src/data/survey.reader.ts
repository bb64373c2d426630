import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';
import { SurveyEntity } from './survey.entity';

/** A survey as other libs read it: its current definition. */
export interface StudySurvey {
  id: string;
  title: string;
  definition: SurveyDefinition;
}

/** One frozen version of a survey of a study. */
export interface StudySurveyVersion {
  surveyId: string;
  version: number;
  definition: SurveyDefinition;
}

/** A question of a survey, named by both ids. */
export interface SurveyQuestionRef {
  surveyId: string;
  questionId: string;
}

/** The key of `questionTitles`' map. */
export const surveyQuestionKey = (ref: SurveyQuestionRef): string =>
  `${ref.surveyId}:${ref.questionId}`;

/**
 * Read-only access to surveys and their frozen versions for the libs above surveys (coding,
 * synthesis, personas). Reads only surveys' own tables; callers check access first.
 */
@Injectable()
export class SurveyReader {
  constructor(@InjectRepository(SurveyEntity) private readonly surveys: Repository<SurveyEntity>) {}

  /**
   * The study's surveys with their current definitions, oldest first (created_at, id).
   * Serves coding's theme discovery (`themes/theme-units.ts`: `openQuestions`, `chooseQuestions`).
   */
  async surveysOfStudy(studyId: string): Promise<StudySurvey[]> {
    return this.surveys.query(
      'SELECT id, title, definition FROM survey WHERE study_id = $1 ORDER BY created_at, id',
      [studyId],
    );
  }

  /**
   * Every frozen version of every survey of the study, in one query: surveys oldest first
   * (created_at, id), each survey's versions in order. Serves coding (`coding-units.ts`,
   * `themes/theme-units.ts`) and synthesis (`load-participants.ts`).
   */
  async versionsOfStudy(studyId: string): Promise<StudySurveyVersion[]> {
    return this.surveys.query(
      `SELECT v.survey_id AS "surveyId", v.version, v.definition
         FROM survey_version v JOIN survey s ON s.id = v.survey_id
        WHERE s.study_id = $1 ORDER BY s.created_at, s.id, v.version`,
      [studyId],
    );
  }

  /**
   * The title of each question as the survey's current definition words it (the first question
   * with that id), keyed by `surveyQuestionKey`; unknown surveys and questions are left out.
   * One query whatever the number of refs. Serves coding's themes (`themes/theme.service.ts`:
   * a theme's source label).
   */
  async questionTitles(refs: readonly SurveyQuestionRef[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    const surveyIds = [...new Set(refs.map((r) => r.surveyId))];
    if (!surveyIds.length) return titles;
    const rows: { id: string; definition: SurveyDefinition }[] = await this.surveys.query(
      'SELECT id, definition FROM survey WHERE id = ANY($1::uuid[])',
      [surveyIds],
    );
    const definitionOf = new Map(rows.map((r) => [r.id, r.definition]));
    for (const ref of refs) {
      const question = definitionOf
        .get(ref.surveyId)
        ?.questions.find((q) => q.id === ref.questionId);
      if (question) titles.set(surveyQuestionKey(ref), question.title);
    }
    return titles;
  }
}
