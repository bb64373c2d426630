import { badInput } from '@persona-lab/errors';
import { CHOICE_TYPES, NUMERIC_TYPES, type Question } from '@persona-lab/survey-logic';
import { QUALITY_REASONS } from '../quality';
import { MAX_CONDITIONS, TOO_MANY_CONDITIONS, type ResultsFilterInput } from '../results-filter';

/** The WHERE clause (over `response r`) and its parameters that a set of responses is read under. */
export interface ResponseScope {
  where: string;
  params: unknown[];
}

/** The respondents a persona filter keeps: responses of these participants, and these responses. */
export interface ScopeMembers {
  participantIds: readonly string[];
  responseIds: readonly string[];
}

const ARRAY_TYPES = new Set(['MULTIPLE_CHOICE', 'RANKING']);

/**
 * The one scope over `response r` for a survey under a filter, shared by the results, the
 * responses page and its count, and the exports. Throws BAD_USER_INPUT for a bad filter.
 */
export function responseScope(
  surveyId: string,
  filter: ResultsFilterInput | null | undefined,
  questions: Map<string, Pick<Question, 'type'>>,
  members?: ScopeMembers | null,
): ResponseScope {
  const params: unknown[] = [surveyId];
  const where = `r.survey_id = $1 AND ${filterSql(filter, questions, params, members)}`;
  return { where, params };
}

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
  members?: ScopeMembers | null,
): string {
  const parts: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // Also enforced here, not only by the input's decorators: this is the one place every caller passes through.
  if ((filter?.where?.length ?? 0) > MAX_CONDITIONS)
    throw badInput(TOO_MANY_CONDITIONS, { field: 'filter.where' });
  if (filter?.completeOnly) parts.push('r.complete');
  if (filter?.submittedAfter) parts.push(`r.submitted_at >= ${p(filter.submittedAfter)}`);
  if (filter?.submittedBefore) parts.push(`r.submitted_at < ${p(filter.submittedBefore)}`);
  if (filter?.surveyVersion != null) {
    if (!Number.isInteger(filter.surveyVersion) || filter.surveyVersion < 1)
      throw badInput('The surveyVersion filter must be a version number, such as 2.', {
        field: 'filter.surveyVersion',
      });
    parts.push(`r.survey_version = ${p(filter.surveyVersion)}`);
  }
  // Quality flags (response_quality_flag, kept per survey by QualityService).
  const flagged = 'EXISTS (SELECT 1 FROM response_quality_flag qf WHERE qf.response_id = r.id';
  if (filter?.quality === 'CLEAN') parts.push(`NOT ${flagged})`);
  else if (filter?.quality === 'FLAGGED') parts.push(`${flagged})`);
  else if (filter?.quality != null && filter.quality !== 'ALL')
    throw badInput('The quality filter must be ALL, CLEAN or FLAGGED.', { field: 'filter.quality' });
  if (filter?.qualityReasons?.length) {
    const known = new Set<string>(QUALITY_REASONS);
    const bad = filter.qualityReasons.find((r) => !known.has(r));
    if (bad !== undefined)
      throw badInput(`Unknown quality reason; use ${QUALITY_REASONS.join(', ')}.`, {
        field: 'filter.qualityReasons',
      });
    parts.push(`${flagged} AND qf.reason = ANY(${p([...filter.qualityReasons])}::text[]))`);
  }
  if (filter?.personaId) {
    if (!members)
      throw new Error("A persona filter needs the persona's respondents (PersonaMembership).");
    // Each id list is one array parameter, so PostgreSQL probes response's primary key and participant index.
    parts.push(
      `(r.id = ANY(${p(members.responseIds)}::uuid[]) OR r.participant_id = ANY(${p(members.participantIds)}::uuid[]))`,
    );
  }
  for (const c of filter?.where ?? []) {
    const q = questions.get(c.questionId);
    if (!q)
      throw badInput(
        `The filter names a question that is not in this survey (${String(c.questionId).slice(0, 60)}).`,
        { questionId: c.questionId },
      );
    const key = p(c.questionId);
    const answer = `r.answers -> ${key}`;
    const isArray = ARRAY_TYPES.has(q.type);
    const numeric = NUMERIC_TYPES.includes(q.type);
    const needValue = () => {
      if (c.value === undefined || c.value === null)
        throw badInput(`The ${c.operator} filter needs a value.`, { questionId: c.questionId });
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
          parts.push(
            isArray
              ? `${answer} @> ${p(JSON.stringify([v]))}::jsonb`
              : `${answer} = ${p(JSON.stringify(v))}::jsonb`,
          );
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
          if (typeof v !== 'number' || !Number.isFinite(v))
            throw badInput('Compare numbers with a number.', { questionId: c.questionId });
          parts.push(
            `(jsonb_typeof(${answer}) = 'number' AND (r.answers ->> ${key})::numeric ${op} ${p(v)})`,
          );
        } else if (q.type === 'DATE') {
          parts.push(`(r.answers ->> ${key}) ${op} ${p(String(v))}`);
        } else {
          throw badInput(`"${c.operator}" only applies to numbers and dates.`, {
            questionId: c.questionId,
          });
        }
        break;
      }
      default:
        throw badInput(`Unknown filter operator ${String(c.operator).slice(0, 30)}.`);
    }
  }
  return parts.length ? parts.join(' AND ') : 'true';
}
