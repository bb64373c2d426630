import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, CurrentUser, Right, nullIfNotFound, type AuthUser } from '@persona-lab/auth';
import { Persona, PersonaService } from '@persona-lab/personas';
import { Study, StudyAccessService } from '@persona-lab/studies';
import { StartSynthesisInput, SynthesisRun } from './models/synthesis-run.model';
import { SynthesisService } from './synthesis.service';

@Resolver(() => SynthesisRun)
export class SynthesisResolver {
  constructor(private readonly synthesis: SynthesisService) {}

  @Access('user')
  @Mutation(() => SynthesisRun, {
    description: 'Starts persona synthesis as a background run (OWNER, RESEARCHER).',
  })
  startSynthesis(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => StartSynthesisInput }) input: StartSynthesisInput,
  ): Promise<SynthesisRun> {
    return this.synthesis.start(user, input);
  }

  @Access('user')
  @Mutation(() => SynthesisRun, {
    description: "Cancels a queued or running synthesis; the study's personas stay as they were.",
  })
  cancelSynthesis(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SynthesisRun> {
    return this.synthesis.cancel(user, id);
  }

  @Access('user')
  @Query(() => SynthesisRun, { nullable: true, description: 'A synthesis run, or null.' })
  synthesisRun(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SynthesisRun | null> {
    return nullIfNotFound(() => this.synthesis.get(user, id));
  }
}

@Resolver(() => Study)
export class StudySynthesisResolver {
  constructor(
    private readonly synthesis: SynthesisService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [SynthesisRun], { description: 'Recent synthesis runs, newest first.' })
  async synthesisRuns(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<SynthesisRun[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.synthesis.listForStudyBatched(ctx, study.id);
  }
}

@Resolver(() => SynthesisRun)
export class SynthesisRunPersonasResolver {
  constructor(
    private readonly personaService: PersonaService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [Persona], {
    description: 'The personas this run wrote, each showing the version it wrote.',
  })
  async personas(
    @Parent() run: SynthesisRun,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Persona[]> {
    await this.access.requireStudyBatched(ctx, user, run.studyId, Right.READ);
    return this.personaService.forRunBatched(ctx, run.id);
  }
}

/** A persona's run; the persona was reached through a check of the caller's access, as its other fields. */
@Resolver(() => Persona)
export class PersonaSynthesisRunResolver {
  constructor(private readonly synthesis: SynthesisService) {}

  @ResolveField(() => SynthesisRun, {
    nullable: true,
    description: 'The synthesis run that last wrote the persona.',
  })
  synthesisRun(@Parent() persona: Persona, @Context() ctx: object): Promise<SynthesisRun | null> {
    const runId = persona.synthesisRunId;
    return runId
      ? nullIfNotFound(() => this.synthesis.byIdBatched(ctx, runId))
      : Promise.resolve(null);
  }
}
