import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, type AuthUser, CurrentUser, type GqlContext, clientIp } from './context';
import { LogInInput, SignUpInput } from './dto/auth.input';
import { AuthService } from './auth.service';
import { AccessService } from './access.service';
import { SessionService } from './session.service';
import { WorkspaceService } from './workspace.service';
import { WorkspaceInvitationService } from './invitation.service';
import { AuthPayload, Membership, User, Workspace } from './models/user.model';
import {
  WorkspaceInvitation,
  WorkspaceInvitationPreview,
} from './models/workspace-invitation.model';
import { WorkspaceAuditEntry } from './models/workspace-audit.model';
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
  logIn(
    @Args('input', { type: () => LogInInput }) input: LogInInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
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
  @Mutation(() => Boolean, {
    description:
      'Mails a single-use link to reset the password (valid one hour) to the account with this email, if there is one. Always true: the answer never tells whether an account uses the address. Limited per client address and per email.',
  })
  async requestPasswordReset(
    @Args('email', { type: () => String }) email: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(email, clientIp(ctx.req));
    return true;
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of a reset link (`/reset-password/<token>`). The password rules of signUp apply; every session of the account is signed out; a link works once (CONFLICT once used or expired, NOT_FOUND when unknown).',
  })
  async resetPassword(
    @Args('token', { type: () => String }) token: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
  ): Promise<boolean> {
    await this.auth.resetPassword(token, newPassword);
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
  @Query(() => Workspace, {
    nullable: true,
    description: 'A workspace the caller belongs to, or null.',
  })
  workspace(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Workspace | null> {
    return this.workspaceService.get(user, id);
  }

  @Access('user')
  @Mutation(() => Workspace, { description: 'Creates a workspace; the caller becomes its OWNER.' })
  createWorkspace(
    @CurrentUser() user: AuthUser,
    @Args('name', { type: () => String }) name: string,
  ): Promise<Workspace> {
    return this.workspaceService.create(user, name);
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

  @Access('public')
  @Query(() => WorkspaceInvitationPreview, {
    description:
      'What an invitation link (`/join/<token>`) invites to: the workspace name, the role and the invited address, nothing more. NOT_FOUND when the link was used, withdrawn or replaced; CONFLICT once it has expired.',
  })
  workspaceInvitationPreview(
    @Args('token', { type: () => String }) token: string,
  ): Promise<WorkspaceInvitationPreview> {
    return this.invitationService.preview(token);
  }

  @Access('user')
  @Mutation(() => Workspace, {
    description:
      'Accepts the invitation of a mailed link (`/join/<token>`) for the signed-in account, whose email must be the invited one (CONFLICT otherwise, and once expired; NOT_FOUND when the link was used, withdrawn or replaced).',
  })
  acceptInvitationByToken(
    @CurrentUser() user: AuthUser,
    @Args('token', { type: () => String }) token: string,
  ): Promise<Workspace> {
    return this.invitationService.acceptByToken(user, token);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      "Removes a member from a workspace (OWNER only). The last OWNER cannot be removed (CONFLICT). The member's open sessions are refused (FORBIDDEN) on the workspace from their next request.",
  })
  removeMember(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.workspaceService.removeMember(user, workspaceId, userId);
  }

  @ResolveField(() => [WorkspaceAuditEntry], {
    description:
      'The newest changes to who belongs to the workspace and with which role, newest first (OWNER only; `first` at most 200).',
  })
  auditLog(
    @Parent() ws: Workspace,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<WorkspaceAuditEntry[]> {
    return this.workspaceService.auditLogBatched(ctx, user, ws.id, first ?? 50) as Promise<
      WorkspaceAuditEntry[]
    >;
  }

  @ResolveField(() => [Membership], {
    description: 'Who belongs to the workspace, with their roles.',
  })
  async members(
    @Parent() ws: Workspace,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Membership[]> {
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
