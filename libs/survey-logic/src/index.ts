/**
 * @persona-lab/survey-logic — survey rules shared by the API and the
 * respondent form: definitions, answers, display logic, aggregates and the
 * evidence text of an answer. Pure TypeScript; runs in Node and the browser.
 */
export * from './types';
export { isAnswered, isIsoDate } from './values';
export {
  MAX_EMAIL_LENGTH,
  MAX_SCALE_POINTS,
  MAX_TEXT_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  scaleBounds,
  textLengthBounds,
  validateDefinition,
  type Bounds,
  type DefinitionResult,
} from './definition';
export {
  HIDDEN_MESSAGE,
  REQUIRED_MESSAGE,
  isEmail,
  validateAnswer,
  validateResponse,
  type ResponseResult,
} from './answers';
export { evaluateCondition, operatorsFor, visibleQuestions, type LogicQuestion } from './show-if';
export { countChoices, mean, median, npsScore, summarizeQuestion } from './aggregates';
export { answerText, isPrivateQuestion } from './answer-text';
export { describeCondition, type DescribableQuestion } from './describe';
export { SURVEY_TEMPLATES, surveyTemplate, type SurveyTemplate } from './templates';
