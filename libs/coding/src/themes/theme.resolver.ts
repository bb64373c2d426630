import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { CodebookService } from '../codebook.service';
import { Code, Highlight } from '../models/coding.model';
import { DiscoverThemesInput } from './discover-themes.input';
import { ThemeRunService } from './theme-run.service';
import { ThemeService } from './theme.service';
import { Theme, ThemeRun } from './theme.model';

@Resolver(() => ThemeRun)
export class ThemeRunResolver {
  constructor(
    private readonly runs: ThemeRunService,
    private readonly themeService: ThemeService,
  ) {}

  @Access('user')
  @Mutation(() => ThemeRun, {
    description: 'Starts theme discovery (OWNER, RESEARCHER): themes per open-text question and in transcripts, proposed as codes with suggested highlights.',
  })
  discoverThemes(@CurrentUser() user: AuthUser, @Args('input', { type: () => DiscoverThemesInput }) input: DiscoverThemesInput): Promise<ThemeRun> {
    return this.runs.start(user, input);
  }

  @Access('user')
  @Query(() => ThemeRun, { nullable: true, description: 'A theme run, or null.' })
  themeRun(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ThemeRun | null> {
    return nullIfNotFound(() => this.runs.get(user, id));
  }

  @ResolveField(() => [Theme], { description: 'The themes this run proposed or updated (a later run over the same text takes them over).' })
  themes(@Parent() run: ThemeRun): Promise<Theme[]> {
    return this.themeService.ofRun(run.id);
  }
}

@Resolver(() => Theme)
export class ThemeResolver {
  constructor(
    private readonly themes: ThemeService,
    private readonly codebook: CodebookService,
  ) {}

  @Access('user')
  @Query(() => [Theme], { name: 'themes', description: "A study's themes: per question, then transcripts; largest first." })
  themesOfStudy(@CurrentUser() user: AuthUser, @Args('studyId', { type: () => ID }) studyId: string): Promise<Theme[]> {
    return this.themes.list(user, studyId);
  }

  @Access('user')
  @Mutation(() => Theme, { description: 'Accepts every pending suggestion of the theme at once (OWNER, RESEARCHER).' })
  acceptTheme(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Theme> {
    return this.themes.accept(user, id);
  }

  @Access('user')
  @Mutation(() => Theme, { description: 'Puts the suggestions the last acceptTheme accepted back to suggested (OWNER, RESEARCHER).' })
  undoAcceptTheme(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Theme> {
    return this.themes.undoAccept(user, id);
  }

  @Access('user')
  @Mutation(() => Theme, { description: 'Renames a theme and its code (OWNER, RESEARCHER).' })
  renameTheme(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('label', { type: () => String }) label: string): Promise<Theme> {
    return this.themes.rename(user, id, label);
  }

  @Access('user')
  @Mutation(() => Theme, { description: "Moves the source theme's highlights to the target's code, then deletes the source theme and its code (OWNER, RESEARCHER)." })
  mergeThemes(@CurrentUser() user: AuthUser, @Args('sourceId', { type: () => ID }) sourceId: string, @Args('targetId', { type: () => ID }) targetId: string): Promise<Theme> {
    return this.themes.merge(user, sourceId, targetId);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Deletes a theme, its code and its pending suggestions; refused while it has accepted highlights (OWNER, RESEARCHER).' })
  dropTheme(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.themes.drop(user, id);
  }

  @ResolveField(() => Code, { description: "The theme's code in the codebook." })
  code(@Parent() theme: Theme, @Context() ctx: object): Promise<Code> {
    return this.codebook.byIdBatched(ctx, theme.codeId);
  }

  @ResolveField(() => Int, { description: 'Suggested highlights of the theme still waiting for review.' })
  async pendingSuggestions(@Parent() theme: Theme, @Context() ctx: object): Promise<number> {
    return (await this.themes.countsBatched(ctx, theme)).pending;
  }

  @ResolveField(() => Int, { description: 'Suggested highlights of the theme that were accepted.' })
  async acceptedSuggestions(@Parent() theme: Theme, @Context() ctx: object): Promise<number> {
    return (await this.themes.countsBatched(ctx, theme)).accepted;
  }

  @ResolveField(() => [Highlight], { description: 'The best-fitting member sentences (pending or accepted, never rejected), as highlights of its code.' })
  examples(@Parent() theme: Theme, @Args('first', { type: () => Int, nullable: true, defaultValue: 3 }) first: number, @Context() ctx: object): Promise<Highlight[]> {
    return this.themes.examplesBatched(ctx, theme, first ?? 3);
  }
}
