import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { ChangePasswordInput } from '../../../gql/graphql';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** Changes the signed-in account's password; the API signs out every other session, this one stays. */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await gqlRequest(ChangePasswordMutation, { input });
}

/** Revokes every session of the account on the server, the current one included. */
export async function signOutEverywhere(): Promise<void> {
  await gqlRequest(SignOutEverywhereMutation, {});
}
