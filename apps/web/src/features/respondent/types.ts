import type { Question } from '@persona-lab/survey-logic/respondent';

/** A question as the respondent form renders it (the survey-logic shape, so its rules apply as-is). */
export type FormQuestion = Question;

/** What the form needs to know about a survey; the builder's preview passes its draft. */
export interface FormSurvey {
  title: string;
  description?: string | null;
  questions: FormQuestion[];
  /** One question per screen (true) or every visible question on one page (false). */
  oneQuestionPerScreen: boolean;
}

/** Answer values keyed by question id; a missing key means "not answered". */
export type Answers = Record<string, unknown>;
