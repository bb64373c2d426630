import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type {
  CodingCodebookQuery,
  CodingHighlightsQuery,
  SourceRefInput,
} from '../../../gql/graphql';

/** One code of a study's codebook. */
export type CodeItem = NonNullable<CodingCodebookQuery['study']>['codes'][number];
/** One highlight (a code applied to a span), of any status. */
export type HighlightItem = CodingHighlightsQuery['highlights'][number];
export type { SourceRefInput };

export const CodebookQueryDocument = graphql(`
  query CodingCodebook($id: ID!) {
    study(id: $id) {
      id
      codes {
        id
        name
        description
        category
        highlightCount
        parent {
          id
        }
      }
    }
  }
`);

/** One highlight as the coding views show it (transcript, answers, suggestion queue). */
export const CodingHighlightFieldsFragmentDoc = graphql(`
  fragment CodingHighlightFields on Highlight {
    id
    start
    end
    text
    status
    coder
    confidence
    code {
      id
      name
      category
    }
    source {
      type
      segmentId
      responseId
      questionId
      messageId
    }
  }
`);

export const HighlightsQueryDocument = graphql(`
  query CodingHighlights($studyId: ID!, $status: HighlightStatus, $codeId: ID) {
    highlights(studyId: $studyId, status: $status, codeId: $codeId) {
      ...CodingHighlightFields
    }
  }
`);

const ApplyCodeMutation = graphql(`
  mutation CodingApplyCode($input: ApplyCodeInput!) {
    applyCode(input: $input) {
      ...CodingHighlightFields
    }
  }
`);

const RemoveHighlightMutation = graphql(`
  mutation CodingRemoveHighlight($id: ID!) {
    removeHighlight(id: $id)
  }
`);

const ReviewSuggestionMutation = graphql(`
  mutation CodingReviewSuggestion($id: ID!, $accept: Boolean!) {
    reviewSuggestion(id: $id, accept: $accept) {
      id
      status
    }
  }
`);

const ReviewSuggestionsMutation = graphql(`
  mutation CodingReviewSuggestions($ids: [ID!]!, $accept: Boolean!) {
    reviewSuggestions(ids: $ids, accept: $accept)
  }
`);

const ReopenSuggestionsMutation = graphql(`
  mutation CodingReopenSuggestions($ids: [ID!]!) {
    reopenSuggestions(ids: $ids)
  }
`);

const AcceptSuggestionsMutation = graphql(`
  mutation CodingAcceptSuggestions($studyId: ID!, $codeId: ID!, $minConfidence: Float!) {
    acceptSuggestions(studyId: $studyId, codeId: $codeId, minConfidence: $minConfidence)
  }
`);

/** One decision for several pending suggestions of a study; resolves to how many changed. */
export async function reviewSuggestions(ids: string[], accept: boolean): Promise<number> {
  return (await gqlRequest(ReviewSuggestionsMutation, { ids, accept })).reviewSuggestions;
}

/** Undo of a review: the suggestions are pending again; resolves to how many changed. */
export async function reopenSuggestions(ids: string[]): Promise<number> {
  return (await gqlRequest(ReopenSuggestionsMutation, { ids })).reopenSuggestions;
}

/** Accepts every pending suggestion of a code at or above a confidence; resolves to the count. */
export async function acceptSuggestions(
  studyId: string,
  codeId: string,
  minConfidence: number,
): Promise<number> {
  return (await gqlRequest(AcceptSuggestionsMutation, { studyId, codeId, minConfidence }))
    .acceptSuggestions;
}

/** Applies a code to `text.slice(start, end)` of a source; resolves to the new highlight. */
export async function applyCode(
  codeId: string,
  source: SourceRefInput,
  start: number,
  end: number,
): Promise<HighlightItem> {
  const { applyCode } = await gqlRequest(ApplyCodeMutation, {
    input: { codeId, source, start, end },
  });
  return applyCode;
}

export async function removeHighlight(id: string): Promise<void> {
  await gqlRequest(RemoveHighlightMutation, { id });
}

export async function reviewSuggestion(id: string, accept: boolean): Promise<string> {
  const { reviewSuggestion } = await gqlRequest(ReviewSuggestionMutation, { id, accept });
  return reviewSuggestion.status;
}

/** True when a highlight sits on this source (a transcript turn or one survey answer). */
export function onSource(highlight: HighlightItem, source: SourceRefInput): boolean {
  const s = highlight.source;
  if (s.type !== source.type) return false;
  if (source.type === 'FEEDBACK_MESSAGE') return s.messageId === source.messageId;
  return source.type === 'TRANSCRIPT_SEGMENT'
    ? s.segmentId === source.segmentId
    : s.responseId === source.responseId && s.questionId === source.questionId;
}
