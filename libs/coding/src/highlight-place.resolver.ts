import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { HighlightPlaceService } from './highlight-place.service';
import { Highlight } from './models/coding.model';
import { CodeHighlightPage, HighlightPlace } from './models/highlight-place.model';

/** A code's highlights as a paged list, and where each highlight is (the list's links to passages). */
@Resolver(() => Highlight)
export class HighlightPlaceResolver {
  constructor(private readonly places: HighlightPlaceService) {}

  @Access('user')
  @Query(() => CodeHighlightPage, {
    description:
      "A page of a code's suggested and accepted highlights, oldest first (first: 1 to 100, offset from 0).",
  })
  codeHighlights(
    @CurrentUser() user: AuthUser,
    @Args('codeId', { type: () => ID }) codeId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number,
  ): Promise<CodeHighlightPage> {
    return this.places.pageOfCode(user, codeId, first, offset);
  }

  @ResolveField(() => HighlightPlace, {
    description: 'Where the highlight is: its interview and turn, or its survey and question.',
  })
  place(@Parent() highlight: Highlight, @Context() ctx: object): Promise<HighlightPlace> {
    return this.places.placeBatched(ctx, highlight);
  }
}
