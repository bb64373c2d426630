import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, CurrentUser, User, type AuthUser } from '@persona-lab/auth';
import { Study } from '@persona-lab/studies';
import { ReviewPersonaInput, UpdatePersonaInput } from './dto/persona.input';
import { Persona, PersonaVersionView } from './models/persona.model';
import {
  AuditEvent,
  FieldChange,
  PersonaComment,
  Review,
  ReviewEvent,
} from './models/review.model';
import { PersonaWorkflowService } from './persona-workflow.service';
import { PersonaService } from './persona.service';
import { ReviewHistoryService } from './review-history.service';
import { ReviewQueueService } from './review-queue.service';

/**
 * Personas and their review workflow. Access is checked where a persona is
 * first reached (the query, a study's list, a run's list, a mutation); its
 * fields then belong to a persona the caller may read.
 */
@Resolver(() => Persona)
export class PersonaResolver {
  constructor(
    private readonly personas: PersonaService,
    private readonly workflow: PersonaWorkflowService,
    private readonly queue: ReviewQueueService,
    private readonly history: ReviewHistoryService,
  ) {}

  @Access('user')
  @Query(() => Persona, {
    nullable: true,
    description: 'A persona the caller may read, as a client sees it, or null.',
  })
  persona(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Persona | null> {
    return this.personas.get(user, id);
  }

  @Access('user')
  @Mutation(() => Persona, {
    description:
      'Edits a persona (OWNER, RESEARCHER): a DRAFT gets a new version; an APPROVED or REJECTED one gets a new DRAFT beside it. Refused while IN_REVIEW or ARCHIVED.',
  })
  updatePersona(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdatePersonaInput }) input: UpdatePersonaInput,
  ): Promise<Persona> {
    return this.workflow.update(user, id, input);
  }

  @Access('user')
  @Query(() => [Persona], {
    description:
      "Personas in review that wait for the caller, across their workspaces' studies, oldest first: they were named as a reviewer, or nobody (still a member with the review right) was named and they may review. Never versions the caller wrote, synthesized or submitted.",
  })
  reviewQueue(@CurrentUser() user: AuthUser, @Context() ctx: object): Promise<Persona[]> {
    return this.queue.forUser(user, ctx);
  }

  @Access('user')
  @Mutation(() => Persona, {
    description:
      'Sends a DRAFT to review (OWNER, RESEARCHER). `reviewerIds` names who should review it: members with the review right (OWNER, REVIEWER) who are not authors of the version; then only they decide (while one of them is still a member). The reviewers are notified.',
  })
  submitPersonaForReview(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('reviewerIds', { type: () => [ID], nullable: true }) reviewerIds: string[] | null,
  ): Promise<Persona> {
    return this.workflow.submit(user, id, reviewerIds);
  }

  @Access('user')
  @Mutation(() => Persona, {
    description:
      'Approves, requests changes to or rejects the version in review (OWNER, REVIEWER). Nobody decides on a version they wrote, synthesized or submitted (unless the workspace allows self-approval and they are an OWNER); when reviewers were named, only they decide.',
  })
  reviewPersona(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ReviewPersonaInput }) input: ReviewPersonaInput,
  ): Promise<Persona> {
    return this.workflow.review(user, input);
  }

  @Access('user')
  @Mutation(() => Persona, {
    description: 'Archives a persona in any state (OWNER, RESEARCHER); final.',
  })
  archivePersona(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Persona> {
    return this.workflow.archive(user, id);
  }

  @Access('user')
  @Mutation(() => PersonaComment, {
    description:
      'Comments on the latest version, or on one of its traits (OWNER, RESEARCHER, REVIEWER).',
  })
  commentOnPersona(
    @CurrentUser() user: AuthUser,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('body', { type: () => String }) body: string,
    @Args('traitIndex', { type: () => Int, nullable: true }) traitIndex: number | null,
  ): Promise<PersonaComment> {
    return this.workflow.comment(user, personaId, body, traitIndex ?? null);
  }

  @ResolveField(() => Study, { description: 'The study the persona belongs to.' })
  study(@Parent() persona: Persona, @Context() ctx: object): Promise<Study> {
    return this.personas.studyBatched(ctx, persona.studyId);
  }

  @ResolveField(() => [Review], { description: 'Reviews of every version, oldest first.' })
  reviews(@Parent() persona: Persona, @Context() ctx: object): Promise<Review[]> {
    return this.personas.reviewsBatched(ctx, persona.id);
  }

  @ResolveField(() => PersonaVersionView, {
    nullable: true,
    description:
      'While the approved version is shown: the newer DRAFT, IN_REVIEW or REJECTED version beside it. Null otherwise.',
  })
  draft(@Parent() persona: Persona, @Context() ctx: object): Promise<PersonaVersionView | null> {
    return this.personas.draftOfBatched(ctx, persona);
  }

  @ResolveField(() => [PersonaVersionView], { description: 'Every version, oldest first.' })
  versions(@Parent() persona: Persona, @Context() ctx: object): Promise<PersonaVersionView[]> {
    return this.personas.versionsBatched(ctx, persona);
  }

  @ResolveField(() => [FieldChange], {
    description: 'What changed from version `from` to version `to`, field by field.',
  })
  diff(
    @Parent() persona: Persona,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<FieldChange[]> {
    return this.personas.diff(persona, from, to);
  }

  @ResolveField(() => [AuditEvent], {
    description: 'Everything that happened to the persona, oldest first.',
  })
  auditTrail(@Parent() persona: Persona, @Context() ctx: object): Promise<AuditEvent[]> {
    return this.personas.auditTrailBatched(ctx, persona.id);
  }

  @ResolveField(() => [PersonaComment], { description: 'Comments on any version, oldest first.' })
  comments(@Parent() persona: Persona, @Context() ctx: object): Promise<PersonaComment[]> {
    return this.personas.commentsBatched(ctx, persona.id);
  }

  @ResolveField(() => [User], {
    description:
      'While the latest version is IN_REVIEW: the reviewers named at submit who are still members with the review right (empty when nobody was named, or none is left: then anyone with the right may review).',
  })
  reviewers(@Parent() persona: Persona, @Context() ctx: object): Promise<User[]> {
    return this.queue.reviewersBatched(ctx, persona);
  }

  @ResolveField(() => [ReviewEvent], {
    description:
      'The review as a conversation, oldest first: new versions, submits (naming reviewers), comments, decisions with their comments and trait marks, archiving.',
  })
  reviewHistory(@Parent() persona: Persona, @Context() ctx: object): Promise<ReviewEvent[]> {
    return this.history.ofPersonaBatched(ctx, persona.id);
  }
}
