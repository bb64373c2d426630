/**
 * Validation of a survey definition (what a researcher builds), with messages
 * that point at the question to fix.
 */
import type { z } from 'zod';
import { MAX_SCALE_POINTS, MAX_TEXT_LENGTH, scaleBounds } from './bounds';
import { operatorsFor } from './show-if';
import {
  CHOICE_TYPES,
  CONDITION_OPERATOR_LABELS,
  QUESTION_TYPE_LABELS,
  SurveyDefinitionSchema,
  TEXT_TYPES,
  type Choice,
  type DefinitionIssue,
  type Question,
  type SurveyDefinition,
} from './types';
import { isFiniteNumber, isIsoDate, isPlainObject } from './values';

// The bounds live in a zod-free module, so the respondent form can use them without zod.
export {
  MAX_EMAIL_LENGTH,
  MAX_SCALE_POINTS,
  MAX_TEXT_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  scaleBounds,
  textLengthBounds,
  type Bounds,
} from './bounds';

/** The result of `validateDefinition`. */
export type DefinitionResult =
  { ok: true; definition: SurveyDefinition } | { ok: false; issues: DefinitionIssue[] };

/** "Question 3 ("Age?")": researchers know questions by position and title, not id. */
function nameOf(q: Question, index: number): string {
  const title = q.title.trim();
  return title ? `Question ${index + 1} ("${title}")` : `Question ${index + 1}`;
}

/** Checks the options, columns or rows of a question; `noun` says which in messages. */
function checkChoices(
  list: readonly Choice[],
  noun: string,
  name: string,
  report: (message: string) => void,
): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const choice of list) {
    if (!choice.id.trim())
      report(`${name} has ${noun === 'option' ? 'an' : 'a'} ${noun} without an id.`);
    else if (seen.has(choice.id)) repeated.add(choice.id);
    seen.add(choice.id);
    if (!choice.label.trim())
      report(
        `${name} has ${noun === 'option' ? 'an' : 'a'} ${noun} without a label; give every ${noun} a label.`,
      );
  }
  for (const id of repeated) {
    report(`${name} uses the ${noun} id "${id}" more than once; give each ${noun} its own id.`);
  }
}

/** Checks min/max for the types where they mean something; other types ignore them. */
function checkBounds(q: Question, name: string, report: (message: string) => void): void {
  const { min, max } = q;
  if (q.type === 'RATING' || q.type === 'LIKERT') {
    const b = scaleBounds(q)!;
    if (b.min >= b.max) {
      report(`${name}: the lowest value (${b.min}) must be below the highest value (${b.max}).`);
    } else if (b.max - b.min + 1 > MAX_SCALE_POINTS) {
      report(
        `${name} has ${b.max - b.min + 1} points; a scale can have at most ${MAX_SCALE_POINTS}.`,
      );
    }
  } else if (q.type === 'NPS') {
    if ((min != null && min !== 0) || (max != null && max !== 10)) {
      report(
        `${name} is an NPS question, which always runs from 0 to 10; remove the custom lowest and highest values.`,
      );
    }
  } else if (q.type === 'NUMBER') {
    if (min != null && max != null && min > max) {
      report(`${name}: the minimum (${min}) must not be greater than the maximum (${max}).`);
    }
  } else if (TEXT_TYPES.includes(q.type)) {
    if (min != null && min < 0) report(`${name}: the minimum length cannot be negative.`);
    if (max != null && max < 1) report(`${name}: the maximum length must be at least 1 character.`);
    if (max != null && max > MAX_TEXT_LENGTH) {
      report(
        `${name}: answers can be at most ${MAX_TEXT_LENGTH} characters; lower the maximum length.`,
      );
    }
    if (min != null && max != null && min > max) {
      report(
        `${name}: the minimum length (${min}) must not be greater than the maximum length (${max}).`,
      );
    }
  } else if (q.type === 'MULTIPLE_CHOICE') {
    const count = q.options?.length ?? 0;
    if (min != null && min < 0)
      report(`${name}: the minimum number of selections cannot be negative.`);
    if (max != null && max < 1)
      report(`${name}: the maximum number of selections must be at least 1.`);
    if (min != null && max != null && min > max) {
      report(
        `${name}: the minimum number of selections (${min}) must not be greater than the maximum (${max}).`,
      );
    } else if (min != null && count >= 2 && min > count) {
      report(`${name} asks for at least ${min} selections but has only ${count} options.`);
    }
  }
}

/** Checks a `showIf` against the questions before it. */
function checkCondition(
  q: Question,
  index: number,
  questions: readonly Question[],
  name: string,
  report: (message: string) => void,
): void {
  const condition = q.showIf;
  if (!condition) return;
  const sourceIndex = questions.findIndex((other) => other.id === condition.questionId);
  if (sourceIndex === index)
    return report(`${name} cannot depend on itself; pick an earlier question.`);
  if (sourceIndex < 0) {
    return report(
      `${name} depends on a question that does not exist ("${condition.questionId}"); pick an earlier question.`,
    );
  }
  const source = questions[sourceIndex];
  const sourceName = `"${source.title.trim() || source.id}"`;
  if (sourceIndex > index) {
    return report(
      `${name} depends on ${sourceName}, which comes after it; a condition can only look at an earlier question.`,
    );
  }
  const allowed = operatorsFor(source.type);
  const op = condition.operator;
  if (!allowed.includes(op)) {
    const choices = allowed.map((o) => `"${CONDITION_OPERATOR_LABELS[o]}"`).join(', ');
    return report(
      `${name}: ${sourceName} is a ${QUESTION_TYPE_LABELS[source.type]} question, so its condition cannot use "${CONDITION_OPERATOR_LABELS[op]}"; use one of ${choices}.`,
    );
  }
  const value = condition.value;
  if (op === 'ANSWERED' || op === 'NOT_ANSWERED') {
    if (value !== undefined && value !== null) {
      report(`${name}: a "${CONDITION_OPERATOR_LABELS[op]}" condition takes no value; remove it.`);
    }
  } else if (CHOICE_TYPES.includes(source.type)) {
    if (typeof value !== 'string' || !(source.options ?? []).some((o) => o.id === value)) {
      report(`${name}: the condition must name one of the options of ${sourceName}.`);
    }
  } else if (source.type === 'DATE') {
    if (!isIsoDate(value)) report(`${name}: the condition needs a date written as YYYY-MM-DD.`);
  } else if (
    source.type === 'SHORT_TEXT' ||
    source.type === 'LONG_TEXT' ||
    source.type === 'EMAIL'
  ) {
    if (typeof value !== 'string' || !value.trim()) {
      report(`${name}: the condition needs some text to compare with.`);
    }
  } else if (!isFiniteNumber(value)) {
    report(`${name}: the condition needs a number to compare with.`);
  }
}

/** Rules that need the parsed definition: ids, titles, options, bounds, logic. */
function checkDefinition(definition: SurveyDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const { questions } = definition;
  if (questions.length === 0) return [{ message: 'Add at least one question to the survey.' }];

  const idCounts = new Map<string, number>();
  for (const q of questions) idCounts.set(q.id, (idCounts.get(q.id) ?? 0) + 1);
  const reportedIds = new Set<string>();

  questions.forEach((q, index) => {
    const name = nameOf(q, index);
    const hasId = q.id.trim() !== '';
    const report = (message: string) =>
      issues.push(hasId ? { questionId: q.id, message } : { message });

    if (!hasId) report(`${name} needs an id.`);
    else if ((idCounts.get(q.id) ?? 0) > 1 && !reportedIds.has(q.id)) {
      reportedIds.add(q.id);
      report(`The id "${q.id}" is used by more than one question; give each question its own id.`);
    }
    if (!q.title.trim()) report(`${name} needs a title.`);

    if (CHOICE_TYPES.includes(q.type)) {
      const options = q.options ?? [];
      if (options.length < 2) report(`${name} needs at least two options to choose from.`);
      checkChoices(options, 'option', name, report);
    } else if (q.type === 'MATRIX') {
      const rows = q.rows ?? [];
      const columns = q.options ?? [];
      if (rows.length < 1) report(`${name} needs at least one row.`);
      if (columns.length < 2) report(`${name} needs at least two columns.`);
      checkChoices(rows, 'row', name, report);
      checkChoices(columns, 'column', name, report);
    }
    checkBounds(q, name, report);
    checkCondition(q, index, questions, name, report);
  });
  return issues;
}

/** Turns a zod issue into a sentence that says which question it is about. */
function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): DefinitionIssue {
  const [root, index] = issue.path;
  if (root !== 'questions' || typeof index !== 'number') return { message: issue.message };
  const raw =
    isPlainObject(input) && Array.isArray(input.questions) ? input.questions[index] : undefined;
  const id = isPlainObject(raw) && typeof raw.id === 'string' && raw.id.trim() ? raw.id : undefined;
  const message = `Question ${index + 1}: ${issue.message}`;
  return id ? { questionId: id, message } : { message };
}

/**
 * Checks a survey definition and fills in defaults (`required` false,
 * `personaField` NONE, RATING/LIKERT scale 1..5, NPS 0..10). Collects every
 * problem rather than stopping at the first, so the builder can show them all.
 *
 * @param input - a definition from a client or the database (`{ questions }`)
 * @returns the normalised definition, or the issues a researcher must fix
 */
export function validateDefinition(input: unknown): DefinitionResult {
  const parsed = SurveyDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => fromZodIssue(issue, input)) };
  }
  const issues = checkDefinition(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  const questions = parsed.data.questions.map((q) => {
    const bounds = scaleBounds(q);
    return bounds ? { ...q, min: bounds.min, max: bounds.max } : q;
  });
  return { ok: true, definition: { questions } };
}
