import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { SurveyEditorQuery, UpdateSurveyInput } from '../../../gql/graphql';

/** A survey as the builder edits it. */
export type EditorSurvey = NonNullable<SurveyEditorQuery['survey']>;

// Questions use the respondent form's fragment: the builder previews them in that form.
const SurveyEditorQueryDocument = graphql(`
  query SurveyEditor($id: ID!) {
    survey(id: $id) {
      id
      title
      description
      status
      slug
      version
      anonymous
      closesAt
      responseLimit
      oneQuestionPerScreen
      hasUnpublishedChanges
      responseCount
      completeCount
      study {
        id
        name
        workspace {
          id
          myRole
        }
      }
      questions {
        ...SurveyQuestionFields
      }
    }
  }
`);

const UpdateSurveyMutation = graphql(`
  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      id
      status
      version
      hasUnpublishedChanges
      slug
    }
  }
`);

const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      id
      status
      version
      hasUnpublishedChanges
    }
  }
`);

const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      status
      version
      hasUnpublishedChanges
    }
  }
`);

export async function loadSurvey(id: string, signal?: AbortSignal): Promise<EditorSurvey | null> {
  const { survey } = await gqlRequest(SurveyEditorQueryDocument, { id }, { signal });
  return survey ?? null;
}

export async function updateSurvey(id: string, input: UpdateSurveyInput) {
  return (await gqlRequest(UpdateSurveyMutation, { id, input })).updateSurvey;
}

export async function publishSurvey(id: string) {
  return (await gqlRequest(PublishSurveyMutation, { id })).publishSurvey;
}

export async function closeSurvey(id: string) {
  return (await gqlRequest(CloseSurveyMutation, { id })).closeSurvey;
}
