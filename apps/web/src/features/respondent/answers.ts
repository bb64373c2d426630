import {
  isAnswered,
  validateAnswer,
  visibleQuestions,
  type AnswerInput,
} from '@persona-lab/survey-logic/respondent';
import type { Answers, FormSurvey } from './types';

/**
 * The answers to send: visible questions only (answers left on questions the
 * logic now hides are kept on the device but never sent). A partial save
 * leaves out answers that would not pass yet, so the server accepts the rest.
 */
export function answersToSend(
  survey: Pick<FormSurvey, 'questions'>,
  answers: Answers,
  options: { partial: boolean },
): AnswerInput[] {
  return visibleQuestions(survey, answers)
    .filter((q) => isAnswered(answers[q.id]))
    .filter((q) => !options.partial || validateAnswer(q, answers[q.id]) === null)
    .map((q) => ({ questionId: q.id, value: answers[q.id] }));
}

/** The first visible question still unanswered (where a returning respondent continues), or null. */
export function firstUnansweredId(
  survey: Pick<FormSurvey, 'questions'>,
  answers: Answers,
): string | null {
  return visibleQuestions(survey, answers).find((q) => !isAnswered(answers[q.id]))?.id ?? null;
}

/** Keeps only answers to questions of this survey that still pass (e.g. after a new version). */
export function keepValidAnswers(survey: Pick<FormSurvey, 'questions'>, answers: Answers): Answers {
  const kept: Answers = {};
  for (const q of survey.questions) {
    const value = answers[q.id];
    if (isAnswered(value) && validateAnswer(q, value) === null) kept[q.id] = value;
  }
  return kept;
}

/** Every query-string value except the invitation token `t`, for `hiddenFields`. */
export function hiddenFieldsFrom(
  query: Record<string, string | null | (string | null)[] | undefined>,
): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (key === 't') continue;
    const value = Array.isArray(raw) ? raw.find((v) => v != null) : raw;
    if (typeof value === 'string') fields[key] = value;
  }
  return Object.keys(fields).length > 0 ? fields : null;
}
