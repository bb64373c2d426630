import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { ShareLinkFieldsFragment, SharedPersonasQuery } from '../../../gql/graphql';

export const ShareLinkFieldsFragmentDoc = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    scope
    personaId
    personaName
    createdBy {
      id
      name
    }
    createdAt
    expiresAt
    revokedAt
    active
    viewCount
    lastViewedAt
  }
`);

const ShareLinksDocument = graphql(`
  query ShareLinks($studyId: ID!) {
    shareLinks(studyId: $studyId) {
      ...ShareLinkFields
    }
  }
`);

const CreateShareLinkDocument = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      url
      link {
        ...ShareLinkFields
      }
    }
  }
`);

const RevokeShareLinkDocument = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      ...ShareLinkFields
    }
  }
`);

const SharedPersonasDocument = graphql(`
  query SharedPersonas($token: String!) {
    sharedPersonas(token: $token) {
      scope
      expiresAt
      personas {
        name
        tagline
        summary
        backstory
        avatarSvg
        segmentShare
        participantCount
        smallSegment
        traits {
          kind
          text
          share
          lift
          sharedByStudy
          evidence {
            quote
            sourceKind
          }
        }
        quotes {
          quote
          sourceKind
        }
      }
    }
  }
`);

export type ShareLink = ShareLinkFieldsFragment;
export type SharedSet = SharedPersonasQuery['sharedPersonas'];
export type SharedPersona = SharedSet['personas'][number];

/** What to share: one approved persona, or a study's approved personas. */
export type ShareTarget = { personaId: string } | { studyId: string };

export async function loadShareLinks(studyId: string, signal?: AbortSignal): Promise<ShareLink[]> {
  return (await gqlRequest(ShareLinksDocument, { studyId }, { signal })).shareLinks;
}

/** A new link: its address is shown this once (only a hash of the token is stored). */
export async function createShareLink(
  target: ShareTarget,
  expiresInDays: number,
): Promise<{ url: string; link: ShareLink }> {
  return (await gqlRequest(CreateShareLinkDocument, { input: { ...target, expiresInDays } }))
    .createShareLink;
}

export async function revokeShareLink(id: string): Promise<ShareLink> {
  return (await gqlRequest(RevokeShareLinkDocument, { id })).revokeShareLink;
}

/** The public page's data; sent without the signed-in user's token. */
export async function loadSharedPersonas(token: string, signal?: AbortSignal): Promise<SharedSet> {
  return (await gqlRequest(SharedPersonasDocument, { token }, { signal, anonymous: true }))
    .sharedPersonas;
}
