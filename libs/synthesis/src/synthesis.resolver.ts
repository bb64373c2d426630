import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessService, CurrentUser, Right, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { Study } from '@persona-lab/studies';
import { StartSynthesisInput, SynthesisRun } from './models/synthesis-run.model';
import { SynthesisService } from './synthesis.service';

@Resolver(() => SynthesisRun)
export class SynthesisResolver {
  constructor(private readonly synthesis: SynthesisService) {}

  @Access('user')
  @Mutation(() => SynthesisRun, { description: 'Starts persona synthesis as a background run (OWNER, RESEARCHER).' })
  startSynthesis(@CurrentUser() user: AuthUser, @Args('input', { type: () => StartSynthesisInput }) input: StartSynthesisInput): Promise<SynthesisRun> {
    return this.synthesis.start(user, input);
  }

  @Access('user')
  @Mutation(() => SynthesisRun, { description: "Cancels a queued or running synthesis; the study's personas stay as they were." })
  cancelSynthesis(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<SynthesisRun> {
    return this.synthesis.cancel(user, id);
  }

  @Access('user')
  @Query(() => SynthesisRun, { nullable: true, description: 'A synthesis run, or null.' })
  synthesisRun(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<SynthesisRun | null> {
    return nullIfNotFound(() => this.synthesis.get(user, id));
  }
}

@Resolver(() => Study)
export class StudySynthesisResolver {
  constructor(
    private readonly synthesis: SynthesisService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [SynthesisRun], { description: 'Recent synthesis runs, newest first.' })
  async synthesisRuns(@Parent() study: Study, @CurrentUser() user: AuthUser): Promise<SynthesisRun[]> {
    await this.access.requireStudy(user, study.id, Right.READ);
    return this.synthesis.listForStudy(study.id);
  }
}
