import { graphql } from '../../../gql';
import type { WorkspaceMembersQuery } from '../../../gql/graphql';

/** The members page: the workspace, its members, whether email leaves this server. */
export const WorkspaceMembersDocument = graphql(`
  query WorkspaceMembers($id: ID!) {
    emailEnabled
    workspace(id: $id) {
      id
      name
      myRole
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

export type MemberItem = NonNullable<WorkspaceMembersQuery['workspace']>['members'][number];

export const AddMemberDocument = graphql(`
  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {
    addMember(workspaceId: $workspaceId, email: $email, role: $role) {
      role
      invitationLink
    }
  }
`);

export const SetMemberRoleDocument = graphql(`
  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
      role
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(workspaceId: $workspaceId, userId: $userId)
  }
`);

/** The newest membership changes (OWNER only). */
export const WorkspaceAuditLogDocument = graphql(`
  query WorkspaceAuditLog($id: ID!, $first: Int) {
    workspace(id: $id) {
      id
      auditLog(first: $first) {
        id
        action
        actor {
          id
          name
        }
        targetUser {
          id
          name
        }
        targetEmail
        roleBefore
        roleAfter
        at
      }
    }
  }
`);

/** What an invitation link invites to (public). */
export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    workspaceInvitationPreview(token: $token) {
      workspaceName
      role
      email
      expiresAt
    }
  }
`);

export const AcceptInvitationByTokenDocument = graphql(`
  mutation AcceptInvitationByToken($token: String!) {
    acceptInvitationByToken(token: $token) {
      id
      name
    }
  }
`);
