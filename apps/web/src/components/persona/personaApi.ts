import { graphql } from '../../gql';

// Documents of the persona page, its editor, review and export (the study tab's are in api.ts).

export const PersonaDetailDocument = graphql(`
  query PersonaDetail($id: ID!) {
    persona(id: $id) {
      ...PersonaCardFields
      summary
      backstory
      latestVersion
      approvedVersion
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

export const PersonaHistoryDocument = graphql(`
  query PersonaHistory($id: ID!) {
    persona(id: $id) {
      id
      versions {
        version
        status
        origin
        createdAt
        createdBy {
          name
        }
        name
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
  mutation SubmitPersonaForReview($id: ID!) {
    submitPersonaForReview(id: $id) {
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
