import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, Right, Workspace, type AuthUser } from '@persona-lab/auth';
import { Study, StudyAccessService } from '@persona-lab/studies';
import { Persona, PersonaStatusEnum, type PersonaStatus } from './models/persona.model';
import { PersonaWorkflowService } from './persona-workflow.service';
import { PersonaService } from './persona.service';

@Resolver(() => Study)
export class StudyPersonasResolver {
  constructor(
    private readonly personaService: PersonaService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [Persona], {
    description:
      "The study's personas as a client sees them, oldest first; `status: APPROVED` includes approved personas that have a newer draft.",
  })
  async personas(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Args('status', { type: () => PersonaStatusEnum, nullable: true }) status: PersonaStatus | null,
    @Context() ctx: object,
  ): Promise<Persona[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.personaService.listForStudyBatched(ctx, study.id, status ?? null);
  }
}

@Resolver(() => Workspace)
export class ReviewSettingsResolver {
  constructor(private readonly workflow: PersonaWorkflowService) {}

  @Access('user')
  @Mutation(() => Workspace, {
    description:
      'Lets OWNERs approve persona versions they edited themselves, or stops it (OWNER only).',
  })
  setWorkspaceSelfApproval(
    @CurrentUser() user: AuthUser,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('allow', { type: () => Boolean }) allow: boolean,
  ): Promise<Workspace> {
    return this.workflow.setSelfApproval(user, workspaceId, allow);
  }
}
