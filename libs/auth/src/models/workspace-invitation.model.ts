import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../roles';

@ObjectType({
  description:
    'An invitation to join a workspace with a role. The invitee (the account with its email) becomes a member only by accepting it.',
})
export class WorkspaceInvitation {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => ID, { description: 'The workspace it invites to.' }) workspaceId!: string;
  @Field(() => String, { description: 'The name of the workspace it invites to.' })
  workspaceName!: string;
  @Field(() => String, { description: 'The invited email address (lower case).' }) email!: string;
  @Field(() => Role, { description: 'The role the invitee gets by accepting.' }) role!: Role;
  @Field(() => String, {
    nullable: true,
    description: 'Display name of the owner who sent it (null when that account is gone).',
  })
  invitedByName!: string | null;
  @Field(() => Date, { description: 'When it was first sent.' }) createdAt!: Date;
  @Field(() => Date, {
    description: 'After this it can no longer be accepted (14 days after it was last sent).',
  })
  expiresAt!: Date;
}

@ObjectType({
  description:
    'What the holder of an invitation link sees before signing in: the workspace, the role and the invited address, nothing else.',
})
export class WorkspaceInvitationPreview {
  @Field(() => String, { description: 'The name of the workspace it invites to.' })
  workspaceName!: string;
  @Field(() => Role, { description: 'The role the invitee gets by accepting.' }) role!: Role;
  @Field(() => String, {
    description: 'The invited address (lower case): sign up or sign in with it to accept.',
  })
  email!: string;
  @Field(() => Date, { description: 'After this the link no longer works.' }) expiresAt!: Date;
}
