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
import { Study, StudyAccessService, StudyService } from '@persona-lab/studies';
import { notFound } from '@persona-lab/errors';
import { ImportTranscriptInput } from './dto/import-transcript.input';
import { InterviewCustomerLinker } from './interview-customer.linker';
import { InterviewService } from './interview.service';
import { Interview, TranscriptSegment } from './models/interview.model';

@Resolver(() => Interview)
export class InterviewResolver {
  constructor(
    private readonly interviews: InterviewService,
    private readonly studies: StudyService,
    private readonly customers: InterviewCustomerLinker,
  ) {}

  @ResolveField(() => Study, { description: 'The study the interview belongs to.' })
  async study(
    @Parent() interview: Interview,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Study> {
    const study = await this.studies.getBatched(ctx, user, interview.studyId);
    if (!study) throw notFound('The study');
    return study;
  }

  @Access('user')
  @Query(() => Interview, {
    nullable: true,
    description: 'An interview the caller may read, or null.',
  })
  interview(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Interview | null> {
    return nullIfNotFound(() => this.interviews.get(user, id));
  }

  @Access('user')
  @Mutation(() => Interview, {
    description: 'Imports a transcript (PLAIN, VTT, SRT or JSON); malformed input stores nothing.',
  })
  importTranscript(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ImportTranscriptInput }) input: ImportTranscriptInput,
  ): Promise<Interview> {
    return this.interviews.import(user, input, this.customers);
  }

  @Access('user')
  @Mutation(() => Interview, {
    description:
      "Gives an interview a customer id, changes it, or removes it (null or blank). Stored only as the study's salted hash; the interview joins that customer's participant, shared with surveys (hidden customer_id), feedback and analytics.",
  })
  setInterviewCustomer(
    @CurrentUser() user: AuthUser,
    @Args('interviewId', { type: () => ID }) interviewId: string,
    @Args('customerId', { type: () => String, nullable: true }) customerId: string | null,
  ): Promise<Interview> {
    return this.interviews.setCustomer(user, interviewId, customerId, this.customers);
  }

  @ResolveField(() => [TranscriptSegment], { description: 'The turns, in order.' })
  segments(@Parent() interview: Interview, @Context() ctx: object): Promise<TranscriptSegment[]> {
    return this.interviews.segmentsBatched(ctx, interview.id);
  }
}

@Resolver(() => Study)
export class StudyInterviewsResolver {
  constructor(
    private readonly interviewService: InterviewService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [Interview], { description: 'Interviews of the study, newest first.' })
  async interviews(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Interview[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.interviewService.listForStudyBatched(ctx, study.id);
  }
}
