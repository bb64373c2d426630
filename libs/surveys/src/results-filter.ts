import { GraphQLDateTime } from 'graphql-scalars';
import { z } from 'zod';
import { badInput } from '@persona-lab/errors';
import { CONDITION_OPERATORS } from '@persona-lab/survey-logic';
import { QUALITY_REASONS } from './quality';

export interface ResultsFilterInput {
  where?: { questionId: string; operator: string; value?: unknown }[] | null;
  completeOnly?: boolean | null;
  submittedAfter?: Date | null;
  submittedBefore?: Date | null;
  /** Only respondents synthesis put in this persona (a persona of the survey's study; see PersonaMembership). */
  personaId?: string | null;
  /** Only responses to this published version of the survey. */
  surveyVersion?: number | null;
  /** ALL (default), CLEAN (no quality flag) or FLAGGED responses. */
  quality?: 'ALL' | 'CLEAN' | 'FLAGGED' | null;
  /** Only responses flagged for at least one of these reasons. */
  qualityReasons?: readonly string[] | null;
}

export const MAX_CONDITIONS = 20;
export const TOO_MANY_CONDITIONS = `Use at most ${MAX_CONDITIONS} answer conditions in a filter.`;

/** Whether a filter leaves anything out (none, `{}` or `completeOnly: false` do not). */
export function filterApplies(filter: ResultsFilterInput | null | undefined): boolean {
  return Boolean(
    filter &&
    (filter.where?.length ||
      filter.completeOnly ||
      filter.submittedAfter ||
      filter.submittedBefore ||
      filter.personaId ||
      filter.surveyVersion != null ||
      (filter.quality && filter.quality !== 'ALL') ||
      filter.qualityReasons?.length),
  );
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
            operator: z.enum(CONDITION_OPERATORS, {
              error: `the operator must be one of ${CONDITION_OPERATORS.join(', ')}.`,
            }),
            value: z.unknown().optional(),
          },
          { error: 'write it as {"questionId", "operator", "value"} and nothing else.' },
        ),
        { error: "The filter's where must be a list of answer conditions." },
      )
      .max(MAX_CONDITIONS, { error: TOO_MANY_CONDITIONS })
      .nullish(),
    completeOnly: z
      .boolean({ error: "The filter's completeOnly must be true or false." })
      .nullish(),
    submittedAfter: dateTime('submittedAfter'),
    submittedBefore: dateTime('submittedBefore'),
    personaId: z
      .string({
        error: "The filter's personaId must be the id of a persona of this survey's study.",
      })
      .nullish(),
    surveyVersion: z
      .number({ error: "The filter's surveyVersion must be a version number, such as 2." })
      .int({ error: "The filter's surveyVersion must be a version number, such as 2." })
      .min(1, { error: "The filter's surveyVersion must be a version number, such as 2." })
      .nullish(),
    quality: z
      .enum(['ALL', 'CLEAN', 'FLAGGED'], {
        error: "The filter's quality must be ALL, CLEAN or FLAGGED.",
      })
      .nullish(),
    qualityReasons: z
      .array(z.enum(QUALITY_REASONS), {
        error: `The filter's qualityReasons must be a list of ${QUALITY_REASONS.join(', ')}.`,
      })
      .nullish(),
  },
  {
    error:
      'The filter must be a JSON object with only where, completeOnly, submittedAfter, submittedBefore, personaId, surveyVersion, quality and qualityReasons.',
  },
);

/**
 * Reads a results filter sent as JSON text (the exports' `?filter=` query
 * parameter), as strictly as GraphQL reads its `ResultsFilter` input. Only
 * the shape is checked here: the response scope (`data/response-scope.ts`) still checks each condition against
 * the survey's questions. Throws BAD_USER_INPUT with a sentence for the user.
 *
 * @returns the filter, or null when none was sent (or it is JSON `null`)
 */
export function parseResultsFilterParam(raw: unknown): ResultsFilterInput | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string')
    throw badInput('Send the filter once, as JSON text in the filter query parameter.', {
      field: 'filter',
    });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw badInput(
      'The filter is not valid JSON; send it URL-encoded, such as filter={"completeOnly":true}.',
      { field: 'filter' },
    );
  }
  if (json === null) return null;
  const parsed = ResultsFilterJson.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const [root, index] = issue.path;
  const prefix =
    root === 'where' && typeof index === 'number' ? `Answer condition ${index + 1}: ` : '';
  throw badInput(`${prefix}${issue.message}`, { field: ['filter', ...issue.path].join('.') });
}
