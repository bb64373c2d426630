/**
 * Question understanding: the persona field and sensitive flag of each question, from its
 * wording, type, choices and answers. Pure (no Nest); offline by default.
 */
export { sensitiveOf, understandQuestions } from './understand';
export { FIELD_WORDS, cleanTitle } from './rules';
export { LABELLED_QUESTIONS, splitLabelled, type LabelledQuestion } from './labelled-questions';
export type { JsonModel, QuestionEvidence, QuestionUnderstanding, UnderstandOptions } from './types';
