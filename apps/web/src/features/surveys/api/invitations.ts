import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type {
  SendSurveyInvitationsInput,
  SendSurveyInvitationsMutation,
  SurveyInvitationsQuery,
} from '../../../gql/graphql';

/** An invitation as the invitations table shows it. */
export type InvitationItem = SurveyInvitationsQuery['invitations'][number];
/** What sendSurveyInvitations did with each line. */
export type SendReport = SendSurveyInvitationsMutation['sendSurveyInvitations'];

/** An invitation with its delivery: the table's rows and what a send or resend answers. */
export const InvitationFieldsFragmentDoc = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    token
    status
    delivery {
      state
      sentAt
      openedAt
      reminders
      maxReminders
      reminderAfterDays
      nextReminderAt
      lastError
    }
  }
`);

const SurveyInvitationsDocument = graphql(`
  query SurveyInvitations($surveyId: ID!) {
    emailEnabled
    invitations(surveyId: $surveyId) {
      ...InvitationFields
    }
  }
`);

const SendSurveyInvitationsDocument = graphql(`
  mutation SendSurveyInvitations($input: SendSurveyInvitationsInput!) {
    sendSurveyInvitations(input: $input) {
      sent {
        ...InvitationFields
      }
      rejected {
        line
        text
        reason
        message
      }
      emailEnabled
    }
  }
`);

const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export async function loadInvitations(
  surveyId: string,
  signal?: AbortSignal,
): Promise<{ emailEnabled: boolean; invitations: InvitationItem[] }> {
  const data = await gqlRequest(SurveyInvitationsDocument, { surveyId }, { signal });
  return { emailEnabled: data.emailEnabled, invitations: data.invitations as InvitationItem[] };
}

export async function sendInvitations(input: SendSurveyInvitationsInput): Promise<SendReport> {
  return (await gqlRequest(SendSurveyInvitationsDocument, { input })).sendSurveyInvitations;
}

export async function resendInvitation(id: string): Promise<InvitationItem> {
  return (await gqlRequest(ResendInvitationDocument, { id })).resendInvitation as InvitationItem;
}
