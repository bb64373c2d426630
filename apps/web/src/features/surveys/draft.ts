import {
  CHOICE_TYPES,
  QUESTION_TYPE_LABELS,
  type Choice,
  type ConditionOperator,
  type Question,
  type QuestionType,
} from '@persona-lab/survey-logic';
import type { QuestionInput } from '../../gql/graphql';

/** A question being edited: survey-logic's shape, so its checks run on it unchanged. */
export type DraftQuestion = Question;

/** A survey's settings as the builder edits them. */
export interface SurveySettingsValue {
  anonymous: boolean;
  /** ISO time, or null: open until closed by hand. */
  closesAt: string | null;
  responseLimit: number | null;
  oneQuestionPerScreen: boolean;
}

/** A question as the API returns it (ids as strings, nullable fields as null). */
export interface LoadedQuestion {
  id: string;
  type: QuestionType;
  title: string;
  description?: string | null;
  required: boolean;
  options?: Choice[] | null;
  rows?: Choice[] | null;
  min?: number | null;
  max?: number | null;
  minLabel?: string | null;
  maxLabel?: string | null;
  showIf?: { questionId: string; operator: ConditionOperator; value?: unknown } | null;
  personaField: Question['personaField'];
}

/** "Short text", "NPS": a type's name for menus. */
export function typeName(type: QuestionType): string {
  const label = QUESTION_TYPE_LABELS[type];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function randomPart(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID().replace(/-/g, '').slice(0, 8);
  }
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

/** A short random id such as `q_3f9a1c2e`, unused among `taken`; it never changes once given. */
export function newId(prefix: string, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  for (;;) {
    const id = `${prefix}_${randomPart()}`;
    if (!used.has(id)) return id;
  }
}

function choices(prefix: string, labels: string[]): Choice[] {
  const ids: string[] = [];
  return labels.map((label) => {
    const id = newId(prefix, ids);
    ids.push(id);
    return { id, label };
  });
}

/** The question with the fields its (new) type needs, keeping what still fits. */
export function withType(question: DraftQuestion, type: QuestionType): DraftQuestion {
  const next: DraftQuestion = {
    ...question,
    type,
    min: null,
    max: null,
    minLabel: null,
    maxLabel: null,
    options: null,
    rows: null,
  };
  if (CHOICE_TYPES.includes(type)) {
    next.options = question.options?.length
      ? question.options
      : choices('o', ['Option 1', 'Option 2']);
  } else if (type === 'MATRIX') {
    next.options = question.options?.length
      ? question.options
      : choices('c', ['Disagree', 'Neutral', 'Agree']);
    next.rows = question.rows?.length ? question.rows : choices('r', ['Row 1', 'Row 2']);
  } else if (type === 'RATING') {
    Object.assign(next, { min: 1, max: 5 });
  } else if (type === 'LIKERT') {
    Object.assign(next, {
      min: 1,
      max: 5,
      minLabel: 'Strongly disagree',
      maxLabel: 'Strongly agree',
    });
  } else if (type === 'NPS') {
    Object.assign(next, {
      min: 0,
      max: 10,
      minLabel: 'Not at all likely',
      maxLabel: 'Extremely likely',
    });
  }
  return next;
}

/** A new question of `type` with a fresh id. */
export function newQuestion(
  type: QuestionType,
  takenIds: Iterable<string>,
  title = '',
): DraftQuestion {
  const base: DraftQuestion = {
    id: newId('q', takenIds),
    type,
    title,
    description: null,
    required: false,
    showIf: null,
    personaField: 'NONE',
  };
  return withType(base, type);
}

/** A copy of `question` with its own id (option ids only need to be unique within a question). */
export function duplicateQuestion(
  question: DraftQuestion,
  takenIds: Iterable<string>,
): DraftQuestion {
  return {
    // JSON, not structuredClone: the question may be one of Vue's reactive proxies.
    ...(JSON.parse(JSON.stringify(question)) as DraftQuestion),
    id: newId('q', takenIds),
    title: question.title ? `${question.title} (copy)` : '',
  };
}

/** A loaded question as a draft (only the fields survey-logic knows). */
export function toDraft(q: LoadedQuestion): DraftQuestion {
  return {
    id: q.id,
    type: q.type,
    title: q.title,
    description: q.description ?? null,
    required: q.required,
    options: q.options?.map(({ id, label }) => ({ id, label })) ?? null,
    rows: q.rows?.map(({ id, label }) => ({ id, label })) ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    minLabel: q.minLabel ?? null,
    maxLabel: q.maxLabel ?? null,
    showIf: q.showIf
      ? {
          questionId: q.showIf.questionId,
          operator: q.showIf.operator,
          value: q.showIf.value ?? null,
        }
      : null,
    personaField: q.personaField,
  };
}

/** A draft as the API's `QuestionInput`. */
export function toQuestionInput(q: DraftQuestion): QuestionInput {
  const text = (value: string | null | undefined) => (value?.trim() ? value : null);
  const presence = q.showIf?.operator === 'ANSWERED' || q.showIf?.operator === 'NOT_ANSWERED';
  return {
    id: q.id,
    type: q.type,
    title: q.title,
    description: text(q.description),
    required: q.required,
    options: q.options ?? null,
    rows: q.rows ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    minLabel: text(q.minLabel),
    maxLabel: text(q.maxLabel),
    showIf: q.showIf
      ? {
          questionId: q.showIf.questionId,
          operator: q.showIf.operator,
          value: presence ? null : (q.showIf.value ?? null),
        }
      : null,
    personaField: q.personaField,
  };
}

/** `list` with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}
