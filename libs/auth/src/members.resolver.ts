import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AccountMailer } from './account-mailer';
import { Access, type AuthUser, CurrentUser } from './context';
import { WorkspaceInvitationService } from './invitation.service';
import { Membership, Workspace } from './models/user.model';
import { Role } from './roles';

/** Invitations that leave by mail: part of AccountsModule, which has the mailer. */
@Resolver(() => Workspace)
export class MembersResolver {
  constructor(
    private readonly invitations: WorkspaceInvitationService,
    private readonly mailer: AccountMailer,
  ) {}

  @Access('user')
  @Mutation(() => Membership, {
    description:
      'Invites an email address to a workspace with a role (OWNER only) and mails it a single-use link (`/join/<token>`, valid 14 days); the account with that email becomes a member by accepting, also on sign-up through the link. Re-inviting renews the pending invitation and sends a new link; inviting a member changes nothing. The answer is the same whether or not the address has an account: `user` is the address as sent (its `id` is not an account id), never an account. With email off on this server, `invitationLink` holds the link to hand over yourself.',
  })
  async addMember(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('email', { type: () => String }) email: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Membership> {
    const { member, token } = await this.invitations.inviteWithToken(
      user,
      workspaceId,
      email,
      role,
      (sent, tx) => this.mailer.sendInvitation(sent, tx),
    );
    // Only OWNERs get here (the service checks); the link is theirs to pass on when no mail leaves.
    return {
      ...member,
      invitationLink: token && !this.mailer.enabled ? this.mailer.invitationLink(token) : null,
    };
  }
}
