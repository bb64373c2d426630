import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { PersonaOverTimeQuery } from '../../../gql/graphql';

const PersonaOverTimeDocument = graphql(`
  query PersonaOverTime($id: ID!) {
    persona(id: $id) {
      id
      shareByMonth {
        month
        count
        total
        share
      }
      drift {
        approvedAt
        newcomers
        assigned
        shareAtApproval
        shareNow
        shareDrifted
        drifted
        message
        traits {
          label
          shareAtApproval
          shareNow
          drifted
        }
      }
    }
  }
`);

export type PersonaOverTime = NonNullable<PersonaOverTimeQuery['persona']>;
export type ShareMonth = PersonaOverTime['shareByMonth'][number];

/** A persona's share by month and its drift since approval; null when the persona is not readable. */
export async function loadOverTime(
  personaId: string,
  signal?: AbortSignal,
): Promise<PersonaOverTime | null> {
  const { persona } = await gqlRequest(PersonaOverTimeDocument, { id: personaId }, { signal });
  return persona ?? null;
}
