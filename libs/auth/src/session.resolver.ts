import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { Access, type AuthUser, CurrentUser } from './context';
import { ChangePasswordInput } from './dto/auth.input';
import { SessionService } from './session.service';

/** The signed-in account's password and sessions. */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      'Changes the password after checking the current one; every other session of the account is signed out, this one stays.',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ChangePasswordInput }) input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.auth.changePassword(user, input);
    return true;
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Signs out every session of the account, this one included.',
  })
  async signOutEverywhere(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.sessions.revokeAll(user.id);
    return true;
  }
}
