import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, CurrentUser, Right, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { Study, StudyAccessService } from '@persona-lab/studies';
import { CodebookService } from './codebook.service';
import { CodebookExchangeService, type CodebookFormat } from './codebook-exchange.service';
import { CodingRunService } from './coding-run.service';
import {
  ApplyCodeInput,
  CreateCodeInput,
  SourceRefInput,
  UpdateCodeInput,
} from './dto/coding.input';
import { SourceTextService } from './source-text.service';
import { HighlightService } from './highlight.service';
import {
  Agreement,
  Code,
  CodebookFormatEnum,
  CodingRun,
  SourceContext,
  Highlight,
  HighlightStatusEnum,
  type HighlightStatus,
} from './models/coding.model';

@Resolver(() => Code)
export class CodeResolver {
  constructor(
    private readonly codebook: CodebookService,
    private readonly exchange: CodebookExchangeService,
  ) {}

  @Access('user')
  @Mutation(() => [Code], {
    description: 'Adds the codes of a REFI-QDA .qdc or CSV codebook to the study (all or nothing).',
  })
  importCodebook(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('format', { type: () => CodebookFormatEnum }) format: CodebookFormat,
    @Args('content', { type: () => String }) content: string,
  ): Promise<Code[]> {
    return this.exchange.import(user, studyId, format, content);
  }

  @Access('user')
  @Mutation(() => Code, { description: 'Adds a code to the codebook (OWNER, RESEARCHER).' })
  createCode(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => CreateCodeInput }) input: CreateCodeInput,
  ): Promise<Code> {
    return this.codebook.create(user, input);
  }

  @Access('user')
  @Mutation(() => Code, { description: 'Renames, re-describes, re-categorises or moves a code.' })
  updateCode(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateCodeInput }) input: UpdateCodeInput,
  ): Promise<Code> {
    return this.codebook.update(user, id, input);
  }

  @Access('user')
  @Mutation(() => Code, {
    description: 'Moves every highlight of `sourceId` to `targetId` and deletes `sourceId`.',
  })
  mergeCodes(
    @CurrentUser() user: AuthUser,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<Code> {
    return this.codebook.merge(user, sourceId, targetId);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Deletes a code; one with highlights needs force: true.',
  })
  deleteCode(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('force', { type: () => Boolean, nullable: true, defaultValue: false }) force: boolean,
  ): Promise<boolean> {
    return this.codebook.remove(user, id, force);
  }

  @ResolveField(() => Code, { nullable: true, description: 'The parent code.' })
  parent(@Parent() code: Code, @Context() ctx: object): Promise<Code> | null {
    return code.parentId ? this.codebook.byIdBatched(ctx, code.parentId) : null;
  }

  @ResolveField(() => Int, { description: 'Highlights with this code (suggested and accepted).' })
  highlightCount(@Parent() code: Code, @Context() ctx: object): Promise<number> {
    return this.codebook.highlightCountBatched(ctx, code.id);
  }
}

@Resolver(() => Highlight)
export class HighlightResolver {
  constructor(
    private readonly highlightService: HighlightService,
    private readonly codebook: CodebookService,
    private readonly runs: CodingRunService,
  ) {}

  @Access('user')
  @Mutation(() => Highlight, {
    description: 'Applies a code to a span of a transcript segment or survey answer.',
  })
  applyCode(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ApplyCodeInput }) input: ApplyCodeInput,
  ): Promise<Highlight> {
    return this.highlightService.apply(user, input);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Removes a highlight.' })
  removeHighlight(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.highlightService.remove(user, id);
  }

  @Access('user')
  @Mutation(() => Highlight, { description: 'Accepts or rejects a suggested highlight.' })
  reviewSuggestion(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<Highlight> {
    return this.highlightService.review(user, id, accept);
  }

  @Access('user')
  @Mutation(() => Int, {
    description:
      'Accepts or rejects several pending suggestions of one study at once (e.g. a group of the same text); returns how many changed.',
  })
  reviewSuggestions(
    @CurrentUser() user: AuthUser,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<number> {
    return this.highlightService.reviewMany(user, ids, accept);
  }

  @Access('user')
  @Mutation(() => Int, {
    description:
      'Puts reviewed (accepted or rejected) suggestions of one study back to pending, to undo a review; returns how many changed.',
  })
  reopenSuggestions(
    @CurrentUser() user: AuthUser,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.highlightService.reopen(user, ids);
  }

  @Access('user')
  @Mutation(() => Int, {
    description:
      'Accepts every pending suggestion of a code with confidence at least minConfidence (0 to 1), in one transaction; returns how many.',
  })
  acceptSuggestions(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('codeId', { type: () => ID }) codeId: string,
    @Args('minConfidence', { type: () => Float }) minConfidence: number,
  ): Promise<number> {
    return this.highlightService.acceptAbove(user, studyId, codeId, minConfidence);
  }

  @Access('user')
  @Query(() => [Highlight], { description: "A study's highlights, oldest first (at most 5,000)." })
  highlights(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('status', { type: () => HighlightStatusEnum, nullable: true })
    status: HighlightStatus | null,
    @Args('codeId', { type: () => ID, nullable: true }) codeId: string | null,
  ): Promise<Highlight[]> {
    return this.highlightService.list(user, studyId, status, codeId);
  }

  @Access('user')
  @Query(() => Agreement, {
    description: 'Agreement between two coders (user ids or model names).',
  })
  codingAgreement(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('coderA', { type: () => String }) coderA: string,
    @Args('coderB', { type: () => String }) coderB: string,
  ): Promise<Agreement> {
    return this.highlightService.agreement(user, studyId, coderA, coderB);
  }

  @Access('user')
  @Mutation(() => CodingRun, {
    description:
      "Starts automatic coding of the study's uncoded text with its codebook; provider as in startSynthesis.",
  })
  suggestCodes(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('provider', { type: () => String, nullable: true }) provider: string | null,
  ): Promise<CodingRun> {
    return this.runs.start(user, studyId, provider);
  }

  @Access('user')
  @Query(() => CodingRun, { nullable: true, description: 'A coding run, or null.' })
  codingRun(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CodingRun | null> {
    return nullIfNotFound(() => this.runs.get(user, id));
  }

  @ResolveField(() => Code, { description: 'The code applied.' })
  code(@Parent() h: Highlight, @Context() ctx: object): Promise<Code> {
    return this.codebook.byIdBatched(ctx, h.codeId);
  }
}

@Resolver(() => SourceContext)
export class SourceContextResolver {
  constructor(
    private readonly sources: SourceTextService,
    private readonly access: StudyAccessService,
  ) {}

  @Access('user')
  @Query(() => SourceContext, {
    nullable: true,
    description: 'The full text around a highlight or piece of evidence, or null.',
  })
  sourceText(
    @CurrentUser() user: AuthUser,
    @Args('source', { type: () => SourceRefInput }) source: SourceRefInput,
  ): Promise<SourceContext | null> {
    return nullIfNotFound(() =>
      this.sources.resolve(source, (studyId) =>
        this.access.requireStudy(user, studyId, Right.READ),
      ),
    );
  }
}

@Resolver(() => Study)
export class StudyCodesResolver {
  constructor(
    private readonly codebook: CodebookService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [Code], { description: 'The codebook, by name.' })
  async codes(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Code[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.codebook.listBatched(ctx, study.id);
  }
}
