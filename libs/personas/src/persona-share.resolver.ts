import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, clientIp, type AuthUser, type GqlContext } from '@persona-lab/auth';
import { CreateShareLinkInput } from './dto/persona-share.input';
import { ShareLink, ShareLinkCreated, SharedPersonaSet } from './models/persona-share.model';
import { PersonaShareService } from './persona-share.service';

/** Share links: made, listed and revoked by a study's OWNERs and RESEARCHERs; opened by anyone with one. */
@Resolver()
export class PersonaShareResolver {
  constructor(private readonly shares: PersonaShareService) {}

  @Access('user')
  @Mutation(() => ShareLinkCreated, {
    description:
      "OWNER or RESEARCHER: a read-only public link to one approved persona (personaId) or to the study's approved personas (studyId). The address is returned this once.",
  })
  createShareLink(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => CreateShareLinkInput }) input: CreateShareLinkInput,
  ): Promise<ShareLinkCreated> {
    return this.shares.create(user, input);
  }

  @Access('user')
  @Query(() => [ShareLink], {
    description: "OWNER or RESEARCHER: a study's share links, newest first (never their tokens).",
  })
  shareLinks(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
  ): Promise<ShareLink[]> {
    return this.shares.list(user, studyId);
  }

  @Access('user')
  @Mutation(() => ShareLink, {
    description:
      'OWNER or RESEARCHER: the link stops working at once (revoking twice is harmless).',
  })
  revokeShareLink(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ShareLink> {
    return this.shares.revoke(user, id);
  }

  @Access('public')
  @Query(() => SharedPersonaSet, {
    description:
      'No sign-in: what a share link shows (approved versions only). An unknown, expired or revoked link is NOT_FOUND, all alike. Each call counts a view.',
  })
  sharedPersonas(
    @Args('token', { type: () => String }) token: string,
    @Context() ctx: GqlContext,
  ): Promise<SharedPersonaSet> {
    return this.shares.open(token, clientIp(ctx.req));
  }
}
