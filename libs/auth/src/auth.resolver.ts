import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { Access, type AuthUser, CurrentUser, type GqlContext, clientIp } from './context';
import { LogInInput, SignUpInput } from './dto/auth.input';
import { AuthService } from './auth.service';
import { AccessService } from './access.service';
import { SessionService } from './session.service';
import { WorkspaceService } from './workspace.service';
import { AuthPayload, Membership, User, Workspace } from './models/user.model';
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
  @Mutation(() => Membership, { description: 'Adds an existing account to a workspace with a role, or changes its role (OWNER only).' })
  addMember(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('email', { type: () => String }) email: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Membership> {
    return this.workspaceService.addMember(user, workspaceId, email, role);
  }

  @ResolveField(() => [Membership], { description: 'Who belongs to the workspace, with their roles.' })
  async members(@Parent() ws: Workspace, @CurrentUser() user: AuthUser, @Context() ctx: object): Promise<Membership[]> {
    await this.access.requireWorkspaceBatched(ctx, user, ws.id, Right.READ);
    return this.workspaceService.membersBatched(ctx, ws.id);
  }
}
