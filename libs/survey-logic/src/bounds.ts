/**
 * Scale and text-length bounds of questions. No zod here: the respondent
 * form imports this through `@persona-lab/survey-logic/respondent`.
 */
import type { Question } from './types';

/** Hard cap on any text answer, so a raised limit still protects storage. */
export const MAX_TEXT_LENGTH = 10_000;
/** Default maximum length of a SHORT_TEXT answer. */
export const SHORT_TEXT_MAX_LENGTH = 500;
/** Longest email address SMTP allows. */
export const MAX_EMAIL_LENGTH = 254;
/** Most points a RATING or LIKERT scale may have (a form renders one button per point). */
export const MAX_SCALE_POINTS = 11;

/** Inclusive bounds of a scale or of a text length. */
export interface Bounds {
  min: number;
  max: number;
}

/**
 * The scale of a RATING or LIKERT question (1..5 unless set) or of an NPS
 * question (always 0..10); null for any other type.
 *
 * @param q - the question (only type, min and max are read)
 */
export function scaleBounds(q: Pick<Question, 'type' | 'min' | 'max'>): Bounds | null {
  if (q.type === 'NPS') return { min: 0, max: 10 };
  if (q.type === 'RATING' || q.type === 'LIKERT') return { min: q.min ?? 1, max: q.max ?? 5 };
  return null;
}

/**
 * Allowed length of a SHORT_TEXT (0..500 unless set) or LONG_TEXT
 * (0..10000 unless set) answer; null for any other type.
 *
 * @param q - the question (only type, min and max are read)
 */
export function textLengthBounds(q: Pick<Question, 'type' | 'min' | 'max'>): Bounds | null {
  if (q.type === 'SHORT_TEXT') return { min: q.min ?? 0, max: q.max ?? SHORT_TEXT_MAX_LENGTH };
  if (q.type === 'LONG_TEXT') return { min: q.min ?? 0, max: q.max ?? MAX_TEXT_LENGTH };
  return null;
}
