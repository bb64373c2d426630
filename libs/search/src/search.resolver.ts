import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { SearchResultConnection, SearchSourceEnum, type SearchSource } from './models/search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Access('user')
  @Query(() => SearchResultConnection, {
    description:
      "Full-text search across a workspace's transcript turns, open answers, highlights, codes and personas, best first (READ on the workspace). A blank query, or one of only stop words, finds nothing.",
  })
  search(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('query', {
      type: () => String,
      description:
        'Words, "quoted phrases", OR, and -excluded words (web search syntax); at most 200 characters.',
    })
    query: string,
    @Args('studyId', { type: () => ID, nullable: true, description: 'Only this study.' })
    studyId: string | null,
    @Args('sources', {
      type: () => [SearchSourceEnum],
      nullable: true,
      description: 'Only these kinds of hit (all when absent or empty).',
    })
    sources: SearchSource[] | null,
    @Args('codeId', {
      type: () => ID,
      nullable: true,
      description:
        'Only what this code marks: its highlights, the turns and answers they mark, the code.',
    })
    codeId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '1 to 50.' })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'endCursor of the previous page.',
    })
    after: string | null,
  ): Promise<SearchResultConnection> {
    return this.service.search(user, {
      workspaceId,
      query,
      studyId,
      sources,
      codeId,
      first,
      after,
    });
  }
}
