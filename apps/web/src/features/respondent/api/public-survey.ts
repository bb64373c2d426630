import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { SubmitResponseInput } from '../../../gql/graphql';
import type { FormQuestion, FormSurvey } from '../types';

/**
 * A question as the form renders it. The builder's query selects the same fragment,
 * so its preview and the public form get one shape.
 */
export const SurveyQuestionFieldsFragmentDoc = graphql(`
  fragment SurveyQuestionFields on Question {
    id
    type
    title
    description
    required
    options {
      id
      label
    }
    rows {
      id
      label
    }
    min
    max
    minLabel
    maxLabel
    showIf {
      questionId
      operator
      value
    }
    personaField
  }
`);

const PublicSurveyQuery = graphql(`
  query PublicSurvey($slug: String!, $invitationToken: String) {
    publicSurvey(slug: $slug, invitationToken: $invitationToken) {
      title
      description
      version
      oneQuestionPerScreen
      questions {
        ...SurveyQuestionFields
      }
    }
  }
`);

const SubmitResponseMutation = graphql(`
  mutation SubmitResponse($input: SubmitResponseInput!) {
    submitResponse(input: $input) {
      responseId
      complete
    }
  }
`);

export type PublicSurvey = FormSurvey & { version: number };

/** The published survey behind a link, or null when there is none (or it is still a draft). */
export async function loadPublicSurvey(
  slug: string,
  invitationToken: string | null,
): Promise<PublicSurvey | null> {
  const { publicSurvey } = await gqlRequest(
    PublicSurveyQuery,
    { slug, invitationToken },
    { anonymous: true },
  );
  if (!publicSurvey) return null;
  return {
    title: publicSurvey.title,
    description: publicSurvey.description,
    version: publicSurvey.version,
    oneQuestionPerScreen: publicSurvey.oneQuestionPerScreen,
    questions: publicSurvey.questions as FormQuestion[],
  };
}

/** Saves (complete: false) or submits (complete: true) one response; safe to repeat. */
export async function submitResponse(input: SubmitResponseInput): Promise<boolean> {
  const { submitResponse } = await gqlRequest(
    SubmitResponseMutation,
    { input },
    { anonymous: true },
  );
  return submitResponse.complete;
}
