import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type {
  PersonaDetailQuery,
  PersonaEvidenceFragment,
  PersonaSensitiveProfileFragment,
  PersonaTraitMarkFragment,
  PersonaTraitFieldsFragment,
  Role,
  SynthesisRunFieldsFragment,
  StudyPersonasQuery,
} from '../../../gql/graphql';

export const PersonaEvidenceFragmentDoc = graphql(`
  fragment PersonaEvidence on Evidence {
    source {
      type
      segmentId
      responseId
      questionId
      messageId
    }
    start
    end
    quote
    questionTitle
    participant {
      label
    }
  }
`);

export const PersonaTraitMarkFragmentDoc = graphql(`
  fragment PersonaTraitMark on TraitMark {
    traitIndex
    ok
    note
  }
`);

export const PersonaTraitFieldsFragmentDoc = graphql(`
  fragment PersonaTraitFields on PersonaTrait {
    kind
    text
    share
    lift
    sharedByStudy
    evidence {
      ...PersonaEvidence
    }
  }
`);

export const PersonaSensitiveProfileFragmentDoc = graphql(`
  fragment PersonaSensitiveProfile on SensitiveProfile {
    question
    answered
    values {
      label
      share
      studyShare
    }
  }
`);

export const PersonaCardFieldsFragmentDoc = graphql(`
  fragment PersonaCardFields on Persona {
    id
    name
    tagline
    avatarSvg
    status
    latestStatus
    reviewState
    version
    segmentShare
    participantCount
    segmentVanished
    smallSegment
  }
`);

export const SynthesisRunFieldsFragmentDoc = graphql(`
  fragment SynthesisRunFields on SynthesisRun {
    id
    status
    progress
    stage
    error
    provider
    model
    tokensIn
    tokensOut
    participantCount
    warnings
    startedAt
    finishedAt
    includeFlagged
    excludedResponses {
      count
      reasons {
        reason
        count
      }
    }
    quality {
      silhouette
      stability
      evidenceCoverage
      faithfulness
    }
  }
`);

export const StudyPersonasDocument = graphql(`
  query StudyPersonas($id: ID!) {
    study(id: $id) {
      id
      workspace {
        id
        myRole
      }
      personas {
        ...PersonaCardFields
      }
      synthesisRuns {
        ...SynthesisRunFields
      }
    }
  }
`);

export const SynthesisRunStatusDocument = graphql(`
  query SynthesisRunStatus($id: ID!) {
    synthesisRun(id: $id) {
      ...SynthesisRunFields
    }
  }
`);

export const StartSynthesisDocument = graphql(`
  mutation StartSynthesis($input: StartSynthesisInput!) {
    startSynthesis(input: $input) {
      ...SynthesisRunFields
    }
  }
`);

/** The study's flagged responses: what a synthesis run leaves out unless it includes them. */
export const StudyResponseQualityDocument = graphql(`
  query StudyResponseQuality($id: ID!) {
    study(id: $id) {
      id
      responseQuality {
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

export const CancelSynthesisDocument = graphql(`
  mutation CancelSynthesis($id: ID!) {
    cancelSynthesis(id: $id) {
      ...SynthesisRunFields
    }
  }
`);

export const WorkspaceApprovedPersonasDocument = graphql(`
  query WorkspaceApprovedPersonas($id: ID!) {
    workspace(id: $id) {
      id
      name
      studies {
        id
        name
        personas(status: APPROVED) {
          ...PersonaCardFields
        }
      }
    }
  }
`);

// The persona page: detail, history, evidence sources, editing, review, comments and the print card.

export const PersonaDetailDocument = graphql(`
  query PersonaDetail($id: ID!) {
    persona(id: $id) {
      ...PersonaCardFields
      summary
      backstory
      latestVersion
      approvedVersion
      reviewState
      reviewers {
        id
        name
      }
      traits {
        ...PersonaTraitFields
      }
      quotes {
        ...PersonaEvidence
      }
      sensitiveProfile {
        ...PersonaSensitiveProfile
      }
      draft {
        version
        status
        name
        tagline
        summary
        backstory
        participantCount
        smallSegment
        traits {
          ...PersonaTraitFields
        }
        quotes {
          ...PersonaEvidence
        }
        sensitiveProfile {
          ...PersonaSensitiveProfile
        }
      }
      reviews {
        id
        reviewer {
          name
        }
        decision
        comment
        createdAt
        personaVersion
        traitMarks {
          ...PersonaTraitMark
        }
      }
      reviewHistory {
        id
        kind
        actor {
          id
          name
        }
        createdAt
        version
        reviewers {
          id
          name
        }
        body
        traitIndex
        origin
        fields
        traitMarks {
          ...PersonaTraitMark
        }
      }
      comments {
        id
        author {
          name
        }
        body
        traitIndex
        personaVersion
        createdAt
      }
      synthesisRun {
        id
        provider
        model
        finishedAt
        quality {
          silhouette
          stability
          evidenceCoverage
          faithfulness
        }
      }
      study {
        id
        name
        workspace {
          id
          name
          myRole
        }
      }
    }
  }
`);

/** Who may be named as a reviewer at submit: the workspace's members and their roles. */
export const PersonaReviewerChoicesDocument = graphql(`
  query PersonaReviewerChoices($id: ID!) {
    workspace(id: $id) {
      id
      members {
        role
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export const PersonaHistoryDocument = graphql(`
  query PersonaHistory($id: ID!) {
    persona(id: $id) {
      id
      reviews {
        id
        personaVersion
        decision
        reviewer {
          name
        }
        traitMarks {
          ...PersonaTraitMark
        }
      }
      versions {
        version
        status
        origin
        createdAt
        createdBy {
          name
        }
        name
        traits {
          text
        }
      }
      auditTrail {
        id
        actor {
          name
        }
        action
        beforeVersion
        afterVersion
        createdAt
        detail
      }
    }
  }
`);

export const PersonaDiffDocument = graphql(`
  query PersonaDiff($id: ID!, $from: Int!, $to: Int!) {
    persona(id: $id) {
      id
      diff(from: $from, to: $to) {
        field
        change
        before
        after
      }
    }
  }
`);

export const SourceTextDocument = graphql(`
  query PersonaSourceText($source: SourceRefInput!) {
    sourceText(source: $source) {
      text
      label
      interviewId
      speaker
      startMs
      questionTitle
      conversationId
      studyId
    }
  }
`);

export const AcceptedHighlightsDocument = graphql(`
  query PersonaEvidenceHighlights($studyId: ID!) {
    highlights(studyId: $studyId, status: ACCEPTED) {
      id
      start
      end
      text
      source {
        type
        segmentId
        responseId
        questionId
        messageId
      }
      code {
        id
        name
      }
    }
  }
`);

export const UpdatePersonaDocument = graphql(`
  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {
    updatePersona(id: $id, input: $input) {
      id
    }
  }
`);

export const SubmitPersonaDocument = graphql(`
  mutation SubmitPersonaForReview($id: ID!, $reviewerIds: [ID!]) {
    submitPersonaForReview(id: $id, reviewerIds: $reviewerIds) {
      id
    }
  }
`);

export const ReviewPersonaDocument = graphql(`
  mutation ReviewPersona($input: ReviewPersonaInput!) {
    reviewPersona(input: $input) {
      id
    }
  }
`);

export const ArchivePersonaDocument = graphql(`
  mutation ArchivePersona($id: ID!) {
    archivePersona(id: $id) {
      id
    }
  }
`);

export const CommentOnPersonaDocument = graphql(`
  mutation CommentOnPersona($personaId: ID!, $body: String!, $traitIndex: Int) {
    commentOnPersona(personaId: $personaId, body: $body, traitIndex: $traitIndex) {
      id
    }
  }
`);

export const PersonaCardDocument = graphql(`
  query PersonaPrintCard($id: ID!) {
    persona(id: $id) {
      ...PersonaCardFields
      summary
      traits {
        ...PersonaTraitFields
      }
      quotes {
        ...PersonaEvidence
      }
      study {
        id
        name
      }
    }
  }
`);

export type Evidence = PersonaEvidenceFragment;
export type Trait = PersonaTraitFieldsFragment;
export type SensitiveProfile = PersonaSensitiveProfileFragment;
export type Run = SynthesisRunFieldsFragment;
export type PersonaSummary = NonNullable<StudyPersonasQuery['study']>['personas'][number];
export type PersonaDetail = NonNullable<PersonaDetailQuery['persona']>;
export type Comment = PersonaDetail['comments'][number];
export type TraitMark = PersonaTraitMarkFragment;
export type ReviewEvent = PersonaDetail['reviewHistory'][number];
export type Quality = NonNullable<Run['quality']>;

/** What a version shows: the approved content or the pending draft. */
export interface PersonaWords {
  version: number;
  name: string;
  tagline?: string | null;
  summary: string;
  /** Null on versions written before backstories, and on hand-made content. */
  backstory?: string | null;
  traits: Trait[];
  quotes: Evidence[];
  /** Opted-in sensitive questions, described only; empty or absent when none. */
  sensitiveProfile?: SensitiveProfile[];
}

export const WorkspaceRoleDocument = graphql(`
  query PersonaWorkspaceRole($id: ID!) {
    workspace(id: $id) {
      id
      myRole
    }
  }
`);

/**
 * `study.workspace.myRole` comes back null from the API today (the study's
 * workspace is loaded without the caller); ask the workspace itself then.
 */
export async function withRole<T extends { id: string; myRole?: Role | null }>(
  workspace: T,
  signal?: AbortSignal,
): Promise<T> {
  if (workspace.myRole != null) return workspace;
  const { workspace: own } = await gqlRequest(
    WorkspaceRoleDocument,
    { id: workspace.id },
    { signal },
  );
  return { ...workspace, myRole: own?.myRole ?? null };
}
