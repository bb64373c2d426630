import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { SearchEverythingQuery, SearchFiltersQuery, SearchSource } from '../../../gql/graphql';

/** One search hit as the palette and the search page show it. */
export type SearchHitItem = SearchEverythingQuery['search']['nodes'][number];
export type { SearchSource };

export const SearchEverythingDocument = graphql(`
  query SearchEverything(
    $workspaceId: ID!
    $query: String!
    $studyId: ID
    $sources: [SearchSource!]
    $codeId: ID
    $first: Int
    $after: String
  ) {
    search(
      workspaceId: $workspaceId
      query: $query
      studyId: $studyId
      sources: $sources
      codeId: $codeId
      first: $first
      after: $after
    ) {
      hasNextPage
      endCursor
      nodes {
        source
        id
        title
        context
        snippet
        highlights {
          start
          end
        }
        studyId
        studyName
        link
        speakerRole
      }
    }
  }
`);

export const SearchFiltersDocument = graphql(`
  query SearchFilters($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      name
      studies {
        id
        name
        codes {
          id
          name
        }
      }
    }
  }
`);

export type SearchFilterStudy = NonNullable<SearchFiltersQuery['workspace']>['studies'][number];

export interface SearchRequest {
  workspaceId: string;
  query: string;
  studyId?: string | null;
  sources?: SearchSource[] | null;
  codeId?: string | null;
  first?: number;
  after?: string | null;
}

/** One page of hits, best first. */
export async function searchEverything(request: SearchRequest, signal?: AbortSignal) {
  const data = await gqlRequest(
    SearchEverythingDocument,
    {
      workspaceId: request.workspaceId,
      query: request.query,
      studyId: request.studyId ?? null,
      sources: request.sources?.length ? request.sources : null,
      codeId: request.codeId ?? null,
      first: request.first ?? 20,
      after: request.after ?? null,
    },
    { signal },
  );
  return data.search;
}

/** The studies (and their codes) a search can be narrowed to. */
export async function loadSearchFilters(workspaceId: string) {
  const data = await gqlRequest(SearchFiltersDocument, { workspaceId });
  return data.workspace;
}

/** What each kind of hit is called. */
export const SOURCE_LABELS: Record<SearchSource, string> = {
  TRANSCRIPT: 'Transcript',
  ANSWER: 'Survey answer',
  FEEDBACK: 'Feedback',
  HIGHLIGHT: 'Highlight',
  CODE: 'Code',
  PERSONA: 'Persona',
};

/** The snippet cut into plain-text pieces, the matched ones marked (rendered as text, never HTML). */
export function snippetParts(
  snippet: string,
  ranges: readonly { start: number; end: number }[],
): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, snippet.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: snippet.slice(at, start), hit: false });
    parts.push({ text: snippet.slice(start, end), hit: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), hit: false });
  return parts;
}
