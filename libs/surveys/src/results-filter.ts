import { GraphQLDateTime } from 'graphql-scalars';
import { z } from 'zod';
import { badInput } from '@persona-lab/errors';
import { CHOICE_TYPES, CONDITION_OPERATORS, NUMERIC_TYPES, type Question } from '@persona-lab/survey-logic';

export interface ResultsFilterInput {
  where?: { questionId: string; operator: string; value?: unknown }[] | null;
  completeOnly?: boolean | null;
  submittedAfter?: Date | null;
  submittedBefore?: Date | null;
  /** Only respondents synthesis put in this persona (checked against the survey's study by the caller). */
  personaId?: string | null;
}

const ARRAY_TYPES = new Set(['MULTIPLE_CHOICE', 'RANKING']);
const MAX_CONDITIONS = 20;
const TOO_MANY_CONDITIONS = `Use at most ${MAX_CONDITIONS} answer conditions in a filter.`;

/**
 * Turns a results filter into a SQL predicate over `r` (the response table)
 * with positional parameters starting after `params`. Semantics follow
 * survey-logic's `evaluateCondition`: an unanswered question matches only
 * NOT_ANSWERED. Question ids and values always travel as parameters.
 */
export function filterSql(
  filter: ResultsFilterInput | null | undefined,
  questions: Map<string, Pick<Question, 'type'>>,
  params: unknown[],
): string {
  const parts: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // Also enforced here, not only by the input's decorators: this is the one place every caller passes through.
  if ((filter?.where?.length ?? 0) > MAX_CONDITIONS) throw badInput(TOO_MANY_CONDITIONS, { field: 'filter.where' });
  if (filter?.completeOnly) parts.push('r.complete');
  if (filter?.submittedAfter) parts.push(`r.submitted_at >= ${p(filter.submittedAfter)}`);
  if (filter?.submittedBefore) parts.push(`r.submitted_at < ${p(filter.submittedBefore)}`);
  if (filter?.personaId) parts.push(personaMemberSql(p(filter.personaId)));
  for (const c of filter?.where ?? []) {
    const q = questions.get(c.questionId);
    if (!q) throw badInput(`The filter names a question that is not in this survey (${String(c.questionId).slice(0, 60)}).`, { questionId: c.questionId });
    const key = p(c.questionId);
    const answer = `r.answers -> ${key}`;
    const isArray = ARRAY_TYPES.has(q.type);
    const numeric = NUMERIC_TYPES.includes(q.type);
    const needValue = () => {
      if (c.value === undefined || c.value === null) throw badInput(`The ${c.operator} filter needs a value.`, { questionId: c.questionId });
      return c.value;
    };
    switch (c.operator) {
      case 'ANSWERED':
        parts.push(`r.answers ? ${key}`);
        break;
      case 'NOT_ANSWERED':
        parts.push(`NOT (r.answers ? ${key})`);
        break;
      case 'EQUALS':
      case 'NOT_EQUALS': {
        const v = JSON.stringify(isArray ? [needValue()] : needValue());
        const test = isArray ? `${answer} @> ${p(v)}::jsonb` : `${answer} = ${p(v)}::jsonb`;
        parts.push(c.operator === 'EQUALS' ? test : `(r.answers ? ${key} AND NOT (${test}))`);
        break;
      }
      case 'INCLUDES': {
        const v = needValue();
        if (isArray || CHOICE_TYPES.includes(q.type)) {
          parts.push(isArray ? `${answer} @> ${p(JSON.stringify([v]))}::jsonb` : `${answer} = ${p(JSON.stringify(v))}::jsonb`);
        } else {
          parts.push(`strpos(lower(r.answers ->> ${key}), lower(${p(String(v))})) > 0`);
        }
        break;
      }
      case 'GREATER_THAN':
      case 'LESS_THAN': {
        const v = needValue();
        const op = c.operator === 'GREATER_THAN' ? '>' : '<';
        if (numeric) {
          if (typeof v !== 'number' || !Number.isFinite(v)) throw badInput('Compare numbers with a number.', { questionId: c.questionId });
          parts.push(`(jsonb_typeof(${answer}) = 'number' AND (r.answers ->> ${key})::numeric ${op} ${p(v)})`);
        } else if (q.type === 'DATE') {
          parts.push(`(r.answers ->> ${key}) ${op} ${p(String(v))}`);
        } else {
          throw badInput(`"${c.operator}" only applies to numbers and dates.`, { questionId: c.questionId });
        }
        break;
      }
      default:
        throw badInput(`Unknown filter operator ${String(c.operator).slice(0, 30)}.`);
    }
  }
  return parts.length ? parts.join(' AND ') : 'true';
}

/**
 * Responses whose respondent synthesis put in the persona `param`: an unlinked
 * respondent's own response (`r:<response id>` in member_ids) or any response of
 * a member participant (`p:<participant id>`). Each id list is computed once (an
 * uncorrelated ARRAY(...)), so PostgreSQL can probe response's primary key and
 * participant index rather than test every row against the jsonb array.
 *
 * A read of the personas lib's table: surveys sits below personas in the layers,
 * so it cannot ask personas' services; this predicate is the one place it looks.
 */
function personaMemberSql(param: string): string {
  const ids = (prefix: 'r' | 'p') =>
    `ARRAY(SELECT substr(m.id, 3)::uuid FROM persona pm CROSS JOIN LATERAL jsonb_array_elements_text(pm.member_ids) AS m(id)
            WHERE pm.id = ${param}::uuid AND m.id ~ '^${prefix}:[0-9a-fA-F-]{36}$')`;
  return `(r.id = ANY(${ids('r')}) OR r.participant_id = ANY(${ids('p')}))`;
}

/** Whether a filter leaves anything out (none, `{}` or `completeOnly: false` do not). */
export function filterApplies(filter: ResultsFilterInput | null | undefined): boolean {
  return Boolean(filter && (filter.where?.length || filter.completeOnly || filter.submittedAfter || filter.submittedBefore || filter.personaId));
}

/** The GraphQL DateTime scalar's own parser, so both ways in agree on what a date is (strict RFC 3339). */
function rfc3339(value: string): Date | null {
  try {
    const date: unknown = GraphQLDateTime.parseValue(value);
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
  } catch {
    return null;
  }
}

const dateTime = (field: string) => {
  const error = `The filter's ${field} must be an RFC 3339 date-time, such as 2026-01-31T00:00:00Z.`;
  return z
    .string({ error })
    .refine((s) => rfc3339(s) !== null, { error })
    .transform((s) => rfc3339(s)!)
    .nullish();
};

/**
 * The GraphQL `ResultsFilter` input as JSON: same fields, no others, same nullability.
 * A condition's messages complete "Answer condition N: ".
 */
const ResultsFilterJson = z.strictObject(
  {
    where: z
      .array(
        z.strictObject(
          {
            questionId: z.string({ error: 'give the questionId of a question in this survey.' }),
            operator: z.enum(CONDITION_OPERATORS, { error: `the operator must be one of ${CONDITION_OPERATORS.join(', ')}.` }),
            value: z.unknown().optional(),
          },
          { error: 'write it as {"questionId", "operator", "value"} and nothing else.' },
        ),
        { error: "The filter's where must be a list of answer conditions." },
      )
      .max(MAX_CONDITIONS, { error: TOO_MANY_CONDITIONS })
      .nullish(),
    completeOnly: z.boolean({ error: "The filter's completeOnly must be true or false." }).nullish(),
    submittedAfter: dateTime('submittedAfter'),
    submittedBefore: dateTime('submittedBefore'),
    personaId: z.string({ error: "The filter's personaId must be the id of a persona of this survey's study." }).nullish(),
  },
  { error: 'The filter must be a JSON object with only where, completeOnly, submittedAfter, submittedBefore and personaId.' },
);

/**
 * Reads a results filter sent as JSON text (the exports' `?filter=` query
 * parameter), as strictly as GraphQL reads its `ResultsFilter` input. Only
 * the shape is checked here: `filterSql` still checks each condition against
 * the survey's questions. Throws BAD_USER_INPUT with a sentence for the user.
 *
 * @returns the filter, or null when none was sent (or it is JSON `null`)
 */
export function parseResultsFilterParam(raw: unknown): ResultsFilterInput | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string') throw badInput('Send the filter once, as JSON text in the filter query parameter.', { field: 'filter' });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw badInput('The filter is not valid JSON; send it URL-encoded, such as filter={"completeOnly":true}.', { field: 'filter' });
  }
  if (json === null) return null;
  const parsed = ResultsFilterJson.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const [root, index] = issue.path;
  const prefix = root === 'where' && typeof index === 'number' ? `Answer condition ${index + 1}: ` : '';
  throw badInput(`${prefix}${issue.message}`, { field: ['filter', ...issue.path].join('.') });
}
