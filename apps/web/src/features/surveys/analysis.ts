import type { PersonaField } from '@persona-lab/survey-logic';
import type { QuestionAnalysisInput } from '../../gql/graphql';

/** A question's analysis settings: how synthesis reads it. */
export interface QuestionAnalysis {
  questionId: string;
  personaField: PersonaField;
  sensitive: boolean;
  /** Only meaningful for a sensitive question. */
  sensitiveOptIn: boolean;
  /**
   * An attention check's expected answers as typed, separated by ";" (blank: not an attention
   * check). Optional so code that builds settings by hand need not list it.
   */
  attentionCheck?: string;
}

/** The expected answers typed in the attention-check field ("eight; 8" → ["eight", "8"]). */
export function expectedAnswers(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The settings with `patch` applied; a question that stops being sensitive loses its opt-in. */
export function patchAnalysis(
  current: QuestionAnalysis,
  patch: Partial<Omit<QuestionAnalysis, 'questionId'>>,
): QuestionAnalysis {
  const next = { ...current, ...patch };
  if (!next.sensitive) next.sensitiveOptIn = false;
  return next;
}

/** Inputs for the questions whose settings differ from `saved`, with only the fields that changed. */
export function analysisChanges(
  saved: readonly QuestionAnalysis[],
  edited: readonly QuestionAnalysis[],
): QuestionAnalysisInput[] {
  const before = new Map(saved.map((q) => [q.questionId, q]));
  const changes: QuestionAnalysisInput[] = [];
  for (const q of edited) {
    const old = before.get(q.questionId);
    if (!old) continue;
    const change: QuestionAnalysisInput = { questionId: q.questionId };
    if (q.personaField !== old.personaField) change.personaField = q.personaField;
    if (q.sensitive !== old.sensitive) change.sensitive = q.sensitive;
    if (q.sensitiveOptIn !== old.sensitiveOptIn) change.sensitiveOptIn = q.sensitiveOptIn;
    const expected = expectedAnswers(q.attentionCheck);
    if (expected.join(';') !== expectedAnswers(old.attentionCheck).join(';'))
      change.attentionCheckExpected = expected;
    if (Object.keys(change).length > 1) changes.push(change);
  }
  return changes;
}
