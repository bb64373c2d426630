import type { RouteLocationRaw } from 'vue-router';
import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { CodeHighlightsPageQuery } from '../../../gql/graphql';

/** One highlight of a code's list, with where it is. */
export type CodeHighlightItem = CodeHighlightsPageQuery['codeHighlights']['nodes'][number];

const CodeHighlightsPageDocument = graphql(`
  query CodeHighlightsPage($codeId: ID!, $first: Int!, $offset: Int!) {
    codeHighlights(codeId: $codeId, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        text
        status
        coder
        confidence
        source {
          type
          segmentId
          responseId
          questionId
          messageId
        }
        place {
          label
          interviewId
          surveyId
          speaker
          conversationId
        }
      }
    }
  }
`);

const CodeHighlightCodersDocument = graphql(`
  query CodeHighlightCoders($studyId: ID!) {
    study(id: $studyId) {
      id
      workspace {
        id
        members {
          user {
            id
            name
          }
        }
      }
    }
  }
`);

/** A page of a code's suggested and accepted highlights, oldest first. */
export async function codeHighlightsPage(
  codeId: string,
  first: number,
  offset: number,
  signal?: AbortSignal,
): Promise<CodeHighlightsPageQuery['codeHighlights']> {
  return (await gqlRequest(CodeHighlightsPageDocument, { codeId, first, offset }, { signal }))
    .codeHighlights;
}

/** The names of a study's members by user id (empty when the caller may not list them). */
export async function memberNames(
  studyId: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const data = await gqlRequest(CodeHighlightCodersDocument, { studyId }, { signal }).catch(
    () => null,
  );
  return new Map((data?.study?.workspace.members ?? []).map((m) => [m.user.id, m.user.name]));
}

const PERSON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODELS: Record<string, string> = {
  'offline-coder': 'Built-in coder',
  'offline-themes': 'Theme discovery',
};

/** Who coded a highlight, in words: a member's name, or which model suggested it. */
export function coderLabel(coder: string, names: ReadonlyMap<string, string>): string {
  if (PERSON.test(coder)) return names.get(coder) ?? 'A former member';
  return MODELS[coder] ?? `Model ${coder}`;
}

/** Where a highlight's quote opens: its turn in the transcript reader, or its answer in the answers view. */
export function passageLink(studyId: string, h: CodeHighlightItem): RouteLocationRaw | null {
  const { source, place } = h;
  if (source.type === 'TRANSCRIPT_SEGMENT' && place.interviewId && source.segmentId)
    return {
      name: 'interview',
      params: { interviewId: place.interviewId },
      query: { segment: source.segmentId },
    };
  if (source.type === 'SURVEY_ANSWER' && place.surveyId && source.responseId && source.questionId)
    return {
      name: 'study-coding',
      params: { studyId },
      query: {
        view: 'answers',
        survey: place.surveyId,
        question: source.questionId,
        response: source.responseId,
      },
    };
  // A feedback message, in its conversation (the page scrolls to and outlines `#m-<id>`).
  if (source.type === 'FEEDBACK_MESSAGE' && place.conversationId && source.messageId)
    return `/studies/${encodeURIComponent(studyId)}/feedback/${encodeURIComponent(place.conversationId)}#m-${encodeURIComponent(source.messageId)}`;
  return null;
}
