/**
 * Survey shapes that mirror the public GraphQL contract (surveys section).
 * Enum values are string literals so the API and the Vue form share them as-is.
 */
import { z } from 'zod';

/** `QuestionType` in the contract. */
export const QUESTION_TYPES = [
  'SHORT_TEXT',
  'LONG_TEXT',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'DROPDOWN',
  'RATING',
  'LIKERT',
  'NPS',
  'NUMBER',
  'DATE',
  'EMAIL',
  'RANKING',
  'MATRIX',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** `PersonaField` in the contract. */
export const PERSONA_FIELDS = [
  'NONE',
  'DEMOGRAPHIC',
  'PSYCHOGRAPHIC',
  'BEHAVIOR',
  'GOAL',
  'PAIN_POINT',
  'MOTIVATION',
] as const;
export type PersonaField = (typeof PERSONA_FIELDS)[number];

/** `ConditionOperator` in the contract. */
export const CONDITION_OPERATORS = [
  'EQUALS',
  'NOT_EQUALS',
  'INCLUDES',
  'GREATER_THAN',
  'LESS_THAN',
  'ANSWERED',
  'NOT_ANSWERED',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Free text answers. */
export const TEXT_TYPES: readonly QuestionType[] = ['SHORT_TEXT', 'LONG_TEXT'];
/** Questions answered by picking from `options`. */
export const CHOICE_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'DROPDOWN',
  'RANKING',
];
/** Fixed integer scales; bounds come from `scaleBounds`. */
export const SCALE_TYPES: readonly QuestionType[] = ['RATING', 'LIKERT', 'NPS'];
/** Questions whose answers are numbers (mean/median make sense). */
export const NUMERIC_TYPES: readonly QuestionType[] = ['RATING', 'LIKERT', 'NPS', 'NUMBER'];

/** Words a researcher reads in messages, e.g. "a multiple choice question". */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  SHORT_TEXT: 'short text',
  LONG_TEXT: 'long text',
  SINGLE_CHOICE: 'single choice',
  MULTIPLE_CHOICE: 'multiple choice',
  DROPDOWN: 'dropdown',
  RATING: 'rating',
  LIKERT: 'Likert',
  NPS: 'NPS',
  NUMBER: 'number',
  DATE: 'date',
  EMAIL: 'email',
  RANKING: 'ranking',
  MATRIX: 'matrix',
};

/** How each operator reads after a question title ("... is greater than 3"). */
export const CONDITION_OPERATOR_LABELS: Record<ConditionOperator, string> = {
  EQUALS: 'is',
  NOT_EQUALS: 'is not',
  INCLUDES: 'includes',
  GREATER_THAN: 'is greater than',
  LESS_THAN: 'is less than',
  ANSWERED: 'is answered',
  NOT_ANSWERED: 'is not answered',
};

// GraphQL sends null for omitted nullable fields, so optional fields accept null too.
const whole = (what: string) =>
  z
    .number({ error: `The ${what} must be a whole number.` })
    .int({ error: `The ${what} must be a whole number.` })
    .nullish();

/** `Choice` / `ChoiceInput`: an option, a matrix column or a matrix row. */
export const ChoiceSchema = z.object({
  id: z.string({ error: 'Every option needs an id.' }),
  label: z.string({ error: 'Every option needs a label.' }),
});
export type Choice = z.output<typeof ChoiceSchema>;

/** `Condition` / `ConditionInput`: show a question only when this holds on an earlier answer. */
export const ConditionSchema = z.object({
  questionId: z.string({ error: 'A display condition must name the question it depends on.' }),
  operator: z.enum(CONDITION_OPERATORS, {
    error: `A display condition's operator must be one of ${CONDITION_OPERATORS.join(', ')}.`,
  }),
  value: z.unknown().optional(),
});
export type Condition = z.output<typeof ConditionSchema>;

/** `AttentionCheck` / `AttentionCheckInput`: the answers that pass an attention check. */
export const AttentionCheckSchema = z.object({
  expected: z
    .array(z.string({ error: 'An expected answer must be text.' }).trim().min(1, {
      error: 'An attention check\'s expected answers cannot be blank.',
    }), { error: 'An attention check needs a list of expected answers.' })
    .min(1, { error: 'An attention check needs at least one expected answer.' })
    .max(20, { error: 'An attention check takes at most 20 expected answers.' }),
});
export type AttentionCheck = z.output<typeof AttentionCheckSchema>;

/** `Question` / `QuestionInput`; `required`, `sensitive` and `sensitiveOptIn` default to false and `personaField` to NONE. */
export const QuestionSchema = z.object({
  id: z.string({ error: 'Every question needs an id.' }),
  type: z.enum(QUESTION_TYPES, {
    error: `The question type must be one of ${QUESTION_TYPES.join(', ')}.`,
  }),
  title: z.string({ error: 'Every question needs a title.' }),
  description: z.string({ error: 'The description must be text.' }).nullish(),
  required: z
    .boolean({ error: '"Required" must be true or false.' })
    .nullish()
    .transform((v) => v ?? false),
  options: z.array(ChoiceSchema, { error: 'Options must be a list of choices.' }).nullish(),
  rows: z.array(ChoiceSchema, { error: 'Rows must be a list of choices.' }).nullish(),
  min: whole('minimum'),
  max: whole('maximum'),
  minLabel: z.string({ error: 'The label of the lowest value must be text.' }).nullish(),
  maxLabel: z.string({ error: 'The label of the highest value must be text.' }).nullish(),
  showIf: ConditionSchema.nullish(),
  personaField: z
    .enum(PERSONA_FIELDS, {
      error: `The persona field must be one of ${PERSONA_FIELDS.join(', ')}.`,
    })
    .nullish()
    .transform((v) => v ?? 'NONE'),
  /** A special-category question (gender, ethnicity, religion, health...): never used to form segments. */
  sensitive: z
    .boolean({ error: '"Sensitive" must be true or false.' })
    .nullish()
    .transform((v) => v ?? false),
  /**
   * An attention check (e.g. "type the number of letters in 'analysis' as a word"): a response
   * whose answer, normalized (case, spaces, quotes, "8" = "eight"), matches none of `expected`
   * is flagged FAILED_ATTENTION_CHECK. Never shown to respondents.
   */
  attentionCheck: AttentionCheckSchema.nullish(),
  /**
   * The researcher chose to show this sensitive question's distribution on personas, labelled,
   * for description only — never for segments.
   */
  sensitiveOptIn: z
    .boolean({ error: '"Sensitive opt-in" must be true or false.' })
    .nullish()
    .transform((v) => v ?? false),
});
/**
 * A question after validation (defaults applied: `sensitive` and `sensitiveOptIn` are false
 * when omitted). Those two stay optional in the type so code that builds questions by hand
 * (drafts, fixtures, definitions stored before they existed) need not list them; read them as
 * `q.sensitive === true`.
 */
export type Question = Omit<
  z.output<typeof QuestionSchema>,
  'sensitive' | 'sensitiveOptIn' | 'attentionCheck'
> & {
  sensitive?: boolean;
  sensitiveOptIn?: boolean;
  attentionCheck?: AttentionCheck | null;
};
/** A question as a client may send it (`QuestionInput`). */
export type QuestionInput = z.input<typeof QuestionSchema>;

/** The questions of one survey version, in display order. */
export const SurveyDefinitionSchema = z.object(
  {
    questions: z.array(QuestionSchema, { error: 'The survey needs a list of questions.' }),
  },
  { error: 'The survey definition must be an object with a list of questions.' },
);
export type SurveyDefinition = { questions: Question[] };

/** `AnswerInput`: one answer as a respondent's form sends it. */
export interface AnswerInput {
  questionId: string;
  value: unknown;
}

/** `ChoiceCount` in the contract. */
export interface ChoiceCount {
  choiceId: string;
  label: string;
  count: number;
  share: number;
}

/** `NpsScore` in the contract. */
export interface NpsScore {
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** `QuestionResult` in the contract (`texts` already unpaged: newest first). */
export interface QuestionResult {
  questionId: string;
  answered: number;
  choices: ChoiceCount[] | null;
  mean: number | null;
  median: number | null;
  nps: NpsScore | null;
  texts: string[] | null;
}

/** A problem with a survey definition, written for the researcher who built it. */
export interface DefinitionIssue {
  questionId?: string;
  message: string;
}

/** A problem with one answer, written for the respondent. */
export interface AnswerError {
  questionId: string;
  message: string;
}
