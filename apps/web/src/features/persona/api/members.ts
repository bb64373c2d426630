import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { PersonaMembersQuery } from '../../../gql/graphql';

const PersonaMembersDocument = graphql(`
  query PersonaMembers($id: ID!, $first: Int!, $after: String) {
    persona(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        endCursor
        nodes {
          id
          label
          fit
          participant {
            id
            label
          }
          responses {
            id
            surveyId
            surveyTitle
            submittedAt
          }
          interviewIds
        }
      }
    }
  }
`);

export type MemberPage = NonNullable<PersonaMembersQuery['persona']>['members'];
export type PersonaMemberRow = MemberPage['nodes'][number];

/** A page of a persona's members, best fit first; null when the persona is not readable. */
export async function loadMembers(
  personaId: string,
  first: number,
  after: string | null,
  signal?: AbortSignal,
): Promise<MemberPage | null> {
  const { persona } = await gqlRequest(
    PersonaMembersDocument,
    { id: personaId, first, after },
    { signal },
  );
  return persona?.members ?? null;
}
