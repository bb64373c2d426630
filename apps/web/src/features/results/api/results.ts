import type { Condition } from '@persona-lab/survey-logic';
import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type {
  QualityReason,
  ResultsFilter,
  SurveyQualityQuery,
  SurveyResponsesQuery,
  SurveyResultsQuery,
} from '../../../gql/graphql';
import { PRESENCE_OPERATORS } from '../../surveys/conditions';

export type SurveyResults = SurveyResultsQuery['surveyResults'];
export type QuestionResult = SurveyResults['questions'][number];
export type ResponsePage = SurveyResponsesQuery['responses'];
export type ResponseRow = ResponsePage['nodes'][number];

const SurveyResultsQueryDocument = graphql(`
  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {
    surveyResults(surveyId: $surveyId, filter: $filter) {
      responseCount
      completeCount
      partialCount
      questions {
        questionId
        answered
        choices {
          choiceId
          label
          count
          share
        }
        mean
        median
        nps {
          score
          promoters
          passives
          detractors
        }
        texts(first: 20)
      }
    }
  }
`);

const SurveyResponsesQueryDocument = graphql(`
  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String, $filter: ResultsFilter) {
    responses(surveyId: $surveyId, first: $first, after: $after, filter: $filter) {
      totalCount
      endCursor
      nodes {
        id
        surveyVersion
        complete
        submittedAt
        hiddenFields
        qualityFlags {
          reason
          detail
        }
        answers {
          questionId
          value
        }
      }
    }
  }
`);

/** The results filters as the page edits them. */
export interface ResultsFilterValue {
  completeOnly: boolean;
  /** First day included, `YYYY-MM-DD` (local), or ''. */
  from: string;
  /** Last day included, `YYYY-MM-DD` (local), or ''. */
  to: string;
  where: Condition[];
  /** Only responses to this version, or null for every version. */
  surveyVersion: number | null;
  /** Response quality: every response, clean ones only, flagged ones only, or one reason's. */
  quality: 'ALL' | 'CLEAN' | 'FLAGGED' | QualityReason;
}

/**
 * What the page opens on: complete responses of every version. Partial ones are one toggle
 * away ("Include 3 partial responses"). The API's own default (no filter) still includes them.
 */
export const DEFAULT_FILTER: ResultsFilterValue = {
  completeOnly: true,
  from: '',
  to: '',
  where: [],
  surveyVersion: null,
  quality: 'ALL',
};

/** Whether the filters narrow the page beyond its default (the partial-responses toggle aside). */
export function narrowsResults(value: ResultsFilterValue): boolean {
  return Boolean(
    value.from ||
    value.to ||
    value.where.length ||
    value.surveyVersion != null ||
    (value.quality && value.quality !== 'ALL'),
  );
}

/** A deep copy (filters hold JSON only; structuredClone refuses Vue's reactive proxies). */
export function copyFilter(value: ResultsFilterValue): ResultsFilterValue {
  return JSON.parse(JSON.stringify(value)) as ResultsFilterValue;
}

/** Start of a local calendar day as an ISO time; `days` moves it (1 = the next day). */
function localDay(date: string, days = 0): string | null {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d + days).toISOString();
}

/** The page's filters as the API's `ResultsFilter` (null when nothing filters). */
export function toResultsFilter(value: ResultsFilterValue): ResultsFilter | null {
  const filter: ResultsFilter = {};
  if (value.completeOnly) filter.completeOnly = true;
  if (value.surveyVersion != null) filter.surveyVersion = value.surveyVersion;
  if (value.quality === 'CLEAN' || value.quality === 'FLAGGED') filter.quality = value.quality;
  else if (value.quality && value.quality !== 'ALL') filter.qualityReasons = [value.quality];
  if (value.from) filter.submittedAfter = localDay(value.from);
  // The "to" day is included: stop before the start of the next one.
  if (value.to) filter.submittedBefore = localDay(value.to, 1);
  if (value.where.length) {
    filter.where = value.where.map((c) => ({
      questionId: c.questionId,
      operator: c.operator,
      value: PRESENCE_OPERATORS.includes(c.operator) ? null : (c.value ?? null),
    }));
  }
  return Object.keys(filter).length ? filter : null;
}

export async function loadResults(
  surveyId: string,
  filter: ResultsFilter | null,
  signal?: AbortSignal,
): Promise<SurveyResults> {
  return (await gqlRequest(SurveyResultsQueryDocument, { surveyId, filter }, { signal }))
    .surveyResults;
}

/** A page of responses, newest first, under the same filter as `loadResults`. */
export async function loadResponses(
  surveyId: string,
  first: number,
  after: string | null,
  filter: ResultsFilter | null,
  signal?: AbortSignal,
): Promise<ResponsePage> {
  return (
    await gqlRequest(SurveyResponsesQueryDocument, { surveyId, first, after, filter }, { signal })
  ).responses;
}

export type QualitySummary = NonNullable<SurveyQualityQuery['survey']>['qualitySummary'];

const SurveyQualityQueryDocument = graphql(`
  query SurveyQuality($surveyId: ID!) {
    survey(id: $surveyId) {
      id
      qualitySummary {
        responseCount
        flaggedCount
        reasons {
          reason
          count
        }
      }
    }
  }
`);

/** The survey's quality flags over its complete responses: how many, and per reason. */
export async function loadQualitySummary(
  surveyId: string,
  signal?: AbortSignal,
): Promise<QualitySummary | null> {
  return (await gqlRequest(SurveyQualityQueryDocument, { surveyId }, { signal })).survey
    ?.qualitySummary ?? null;
}
