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
import {
  Access,
  AccessService,
  CurrentUser,
  Right,
  Workspace,
  WorkspaceService,
  type AuthUser,
} from '@persona-lab/auth';
import { CreateStudyInput } from './dto/create-study.input';
import { Participant } from './models/participant.model';
import { Study } from './models/study.model';
import { ParticipantService } from './participant.service';
import { StudyService } from './study.service';
import { StudyAccessService } from './study-access.service';

@Resolver(() => Study)
export class StudyResolver {
  constructor(
    private readonly studies: StudyService,
    private readonly participantService: ParticipantService,
    private readonly workspaces: WorkspaceService,
    private readonly studyAccess: StudyAccessService,
  ) {}

  @Access('user')
  @Query(() => Study, { nullable: true, description: 'A study the caller may read, or null.' })
  study(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Study | null> {
    return this.studies.get(user, id);
  }

  @Access('user')
  @Mutation(() => Study, { description: 'Creates a study (OWNER, RESEARCHER).' })
  createStudy(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => CreateStudyInput }) input: CreateStudyInput,
  ): Promise<Study> {
    return this.studies.create(user, input);
  }

  @ResolveField(() => Workspace, {
    description: "The workspace that holds the study (with the caller's role in it).",
  })
  workspace(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Workspace> {
    return this.workspaces.getOrByIdBatched(ctx, user, study.workspaceId);
  }

  @ResolveField(() => [Participant], { description: 'Pseudonymous participants of the study.' })
  async participants(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Participant[]> {
    await this.studyAccess.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.participantService.listForStudyBatched(ctx, study.id);
  }
}

@Resolver(() => Workspace)
export class WorkspaceStudiesResolver {
  constructor(
    private readonly studyService: StudyService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [Study], { description: 'Studies in the workspace, newest first.' })
  async studies(
    @Parent() ws: Workspace,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Study[]> {
    await this.access.requireWorkspaceBatched(ctx, user, ws.id, Right.READ);
    return this.studyService.listForWorkspaceBatched(ctx, ws.id);
  }
}
