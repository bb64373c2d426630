import { gqlRequest, type RequestOptions } from '../../../api/client';
import { graphql } from '../../../gql';
import type {
  AccountEmailSettingsQuery,
  NotificationSettingInput,
  UpdateNotificationSettingsMutation,
} from '../../../gql/graphql';

export type NotificationSettingRow = AccountEmailSettingsQuery['notificationSettings'][number];

const AccountEmailSettingsDocument = graphql(`
  query AccountEmailSettings {
    emailEnabled
    notificationSettings {
      kind
      email
    }
  }
`);

const UpdateNotificationSettingsDocument = graphql(`
  mutation UpdateNotificationSettings($input: [NotificationSettingInput!]!) {
    updateNotificationSettings(input: $input) {
      kind
      email
    }
  }
`);

/** Whether this server sends email, and the signed-in user's choice per kind of notification. */
export function fetchEmailSettings(
  options: RequestOptions = {},
): Promise<AccountEmailSettingsQuery> {
  return gqlRequest(AccountEmailSettingsDocument, {}, options);
}

/** Changes the given kinds; returns every kind's choice. */
export async function updateNotificationSettings(
  input: NotificationSettingInput[],
): Promise<UpdateNotificationSettingsMutation['updateNotificationSettings']> {
  return (await gqlRequest(UpdateNotificationSettingsDocument, { input }))
    .updateNotificationSettings;
}
