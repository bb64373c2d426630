import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { Access, type AuthUser, CurrentUser, type GqlContext, clientIp } from './context';
import { LogInInput, SignUpInput } from './dto/auth.input';
import { AuthService } from './auth.service';
import { AccessService } from './access.service';
import { SessionService } from './session.service';
import { WorkspaceService } from './workspace.service';
import { WorkspaceInvitationService } from './invitation.service';
import { AuthPayload, Membership, User, Workspace } from './models/user.model';
import { WorkspaceInvitation } from './models/workspace-invitation.model';
import { Right, Role } from './roles';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  /** Creates an account and signs it in. */
  @Access('public')
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  signUp(@Args('input', { type: () => SignUpInput }) input: SignUpInput): Promise<AuthPayload> {
    return this.auth.signUp(input);
  }

  /** Signs in with email and password. */
  @Access('public')
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password.' })
  logIn(@Args('input', { type: () => LogInInput }) input: LogInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.logIn(input, clientIp(ctx.req));
  }

  /** Revokes the session whose token made this request. */
  @Access('user')
  @Mutation(() => Boolean, { description: 'Signs out: the token of this request stops working.' })
  async logOut(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.sessions.revoke(user.sessionId);
    return true;
  }

  @Access('public')
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: GqlContext): User | null {
    const u = ctx.req.user;
    return u ? { id: u.id, email: u.email, name: u.name } : null;
  }
}

@Resolver(() => Workspace)
export class WorkspaceResolver {
  constructor(
    private readonly workspaceService: WorkspaceService,
    private readonly invitationService: WorkspaceInvitationService,
    private readonly access: AccessService,
  ) {}

  @Access('user')
  @Query(() => [Workspace], { description: "The caller's workspaces." })
  workspaces(@CurrentUser() user: AuthUser): Promise<Workspace[]> {
    return this.workspaceService.list(user);
  }

  @Access('user')
  @Query(() => Workspace, { nullable: true, description: 'A workspace the caller belongs to, or null.' })
  workspace(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Workspace | null> {
    return this.workspaceService.get(user, id);
  }

  @Access('user')
  @Mutation(() => Workspace, { description: 'Creates a workspace; the caller becomes its OWNER.' })
  createWorkspace(@CurrentUser() user: AuthUser, @Args('name', { type: () => String }) name: string): Promise<Workspace> {
    return this.workspaceService.create(user, name);
  }

  @Access('user')
  @Mutation(() => Membership, {
    description:
      'Invites an email address to a workspace with a role (OWNER only); the account with that email becomes a member by accepting. Re-inviting renews the pending invitation; inviting a member changes nothing. The answer is the same whether or not the address has an account: `user` is the address as sent (its `id` is not an account id), never an account.',
  })
  addMember(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('email', { type: () => String }) email: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Membership> {
    return this.invitationService.invite(user, workspaceId, email, role);
  }

  @Access('user')
  @Query(() => [WorkspaceInvitation], {
    description: "Pending invitations to the signed-in account's email, newest first.",
  })
  myInvitations(@CurrentUser() user: AuthUser): Promise<WorkspaceInvitation[]> {
    return this.invitationService.mine(user);
  }

  @Access('user')
  @Mutation(() => Workspace, {
    description:
      "Accepts an invitation to the signed-in account's email: the account joins the workspace with the invitation's role. CONFLICT once it has expired.",
  })
  acceptInvitation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Workspace> {
    return this.invitationService.accept(user, id);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: "Declines an invitation to the signed-in account's email.",
  })
  declineInvitation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.invitationService.decline(user, id);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Withdraws a pending invitation (OWNER of its workspace only).',
  })
  revokeInvitation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.invitationService.revoke(user, id);
  }

  @Access('user')
  @Mutation(() => Membership, {
    description: "Changes a member's role (OWNER only). A workspace keeps at least one OWNER.",
  })
  setMemberRole(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Membership> {
    return this.workspaceService.setMemberRole(user, workspaceId, userId, role);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      'Takes the signed-in account out of a workspace. Its last OWNER cannot leave (CONFLICT).',
  })
  leaveWorkspace(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<boolean> {
    return this.workspaceService.leave(user, workspaceId);
  }

  @ResolveField(() => [Membership], { description: 'Who belongs to the workspace, with their roles.' })
  async members(@Parent() ws: Workspace, @CurrentUser() user: AuthUser, @Context() ctx: object): Promise<Membership[]> {
    await this.access.requireWorkspaceBatched(ctx, user, ws.id, Right.READ);
    return this.workspaceService.membersBatched(ctx, ws.id);
  }

  @ResolveField(() => [WorkspaceInvitation], {
    description: 'Pending, unexpired invitations to the workspace, oldest first (OWNER only).',
  })
  invitations(
    @Parent() ws: Workspace,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<WorkspaceInvitation[]> {
    return this.invitationService.pendingBatched(ctx, user, ws.id);
  }
}
