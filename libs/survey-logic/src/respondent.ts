/**
 * @persona-lab/survey-logic/respondent — what the public respondent form
 * needs: answer checks, display logic and question bounds. Imports no zod
 * (only types from the schemas, which vanish at build time), so the form's
 * bundle stays small; the rules are the same code the API runs.
 */
export type {
  AnswerError,
  AnswerInput,
  Choice,
  Condition,
  Question,
  QuestionType,
  SurveyDefinition,
} from './types';
export { isAnswered } from './values';
export { scaleBounds, textLengthBounds, type Bounds } from './bounds';
export {
  HIDDEN_MESSAGE,
  REQUIRED_MESSAGE,
  isEmail,
  validateAnswer,
  validateResponse,
  type ResponseResult,
} from './answers';
export { evaluateCondition, visibleQuestions, type LogicQuestion } from './show-if';
