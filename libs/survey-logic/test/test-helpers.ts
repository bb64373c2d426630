/** Builders for specs: questions with the same defaults `validateDefinition` applies. */
import { QuestionSchema, type Question, type QuestionInput } from '../src/types';

/** A question of `type` with id/title filled in and schema defaults applied. */
export function question(type: Question['type'], extra: Partial<QuestionInput> = {}): Question {
  return QuestionSchema.parse({ id: 'q', title: 'Question', type, ...extra });
}

/** Two or more options with ids a, b, c… and labels A, B, C… */
export function options(...labels: string[]) {
  return labels.map((label) => ({ id: label.toLowerCase(), label }));
}
