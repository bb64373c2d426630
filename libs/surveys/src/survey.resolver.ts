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
import {
  Access,
  CurrentUser,
  Right,
  clientIp,
  nullIfNotFound,
  type AuthUser,
  type GqlContext,
} from '@persona-lab/auth';
import { Study, StudyAccessService, StudyService } from '@persona-lab/studies';
import { notFound, conflict } from '@persona-lab/errors';
import {
  CreateSurveyInput,
  ImportSurveyCsvInput,
  PreviewSurveyCsvInput,
  QuestionAnalysisInput,
  ResultsFilter,
  SubmitResponseInput,
  UpdateSurveyInput,
} from './dto/survey.input';
import { SurveyStatusEnum, type SurveyStatus } from './graphql-enums';
import {
  QuestionResult,
  ResponseConnection,
  SubmitResponsePayload,
  SurveyResults,
} from './models/response.model';
import { CsvPreview, Invitation, PublicSurvey, Question, Survey } from './models/survey.model';
import { ResultsService } from './results.service';
import { SubmissionService } from './submission.service';
import { SurveyImportService } from './survey-import.service';
import { SurveyService, closedReason, toSurvey } from './survey.service';
import { SurveyVersionStore } from './survey-version.store';

@Resolver(() => Survey)
export class SurveyResolver {
  constructor(
    private readonly surveys: SurveyService,
    private readonly results: ResultsService,
    private readonly submissions: SubmissionService,
    private readonly importer: SurveyImportService,
    private readonly versions: SurveyVersionStore,
    private readonly studies: StudyService,
  ) {}

  @Access('user')
  @Query(() => Survey, { nullable: true, description: 'A survey the caller may read, or null.' })
  async survey(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Survey | null> {
    return nullIfNotFound(async () =>
      toSurvey(await this.surveys.requireSurvey(user, id, Right.READ)),
    );
  }

  @Access('user')
  @Mutation(() => Survey, { description: 'Creates a DRAFT survey (OWNER, RESEARCHER).' })
  createSurvey(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => CreateSurveyInput }) input: CreateSurveyInput,
  ): Promise<Survey> {
    return this.surveys.create(user, input);
  }

  @Access('user')
  @Mutation(() => Survey, {
    description:
      'Edits a survey; on an OPEN survey, question changes take effect at the next publish.',
  })
  updateSurvey(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateSurveyInput }) input: UpdateSurveyInput,
  ): Promise<Survey> {
    return this.surveys.update(user, id, input);
  }

  @Access('user')
  @Mutation(() => Survey, {
    description: 'Opens the survey; publishing after a change freezes a new version.',
  })
  publishSurvey(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Survey> {
    return this.surveys.publish(user, id);
  }

  @Access('user')
  @Mutation(() => Survey, { description: 'Stops taking responses.' })
  closeSurvey(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Survey> {
    return this.surveys.close(user, id);
  }

  @Access('user')
  @Mutation(() => [Invitation], {
    description:
      'Creates single-use links, one per address (no email is sent; sendSurveyInvitations mails them).',
  })
  createInvitations(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('emails', { type: () => [String] }) emails: string[],
  ): Promise<Invitation[]> {
    return this.surveys.createInvitations(user, surveyId, emails);
  }

  @Access('user')
  @Query(() => [Invitation], { description: "A survey's invitations." })
  invitations(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
  ): Promise<Invitation[]> {
    return this.surveys.invitations(user, surveyId);
  }

  @Access('public')
  @Query(() => PublicSurvey, {
    nullable: true,
    description: "No token needed: what a respondent's form loads.",
  })
  async publicSurvey(
    @Args('slug', { type: () => String }) slug: string,
    @Args('invitationToken', { type: () => String, nullable: true }) invitationToken: string | null,
    @Context() ctx: GqlContext,
  ): Promise<PublicSurvey | null> {
    await this.submissions.rateLimit(clientIp(ctx.req));
    const row = await this.surveys.bySlug(slug);
    if (!row || row.status === 'DRAFT') return null;
    const complete = row.response_limit ? (await this.surveys.counts(row.id)).complete : 0;
    const reason = closedReason(row, complete);
    if (reason) throw conflict(reason);
    if (invitationToken) {
      await this.surveys.checkInvitation(row.id, invitationToken);
      await this.surveys.markOpened(row.id, invitationToken);
    }
    const definition = await this.versions.get(row.id, row.version);
    return {
      title: row.title,
      description: row.description,
      version: row.version,
      // An attention check's expected answers are for researchers only, never the respondent's form.
      questions: definition.questions.map(({ attentionCheck: _hidden, ...q }) => q),
      oneQuestionPerScreen: row.one_question_per_screen,
    };
  }

  @Access('public')
  @Mutation(() => SubmitResponsePayload, {
    description: "No token needed: a respondent's answers.",
  })
  submitResponse(
    @Args('input', { type: () => SubmitResponseInput }) input: SubmitResponseInput,
    @Context() ctx: GqlContext,
  ): Promise<SubmitResponsePayload> {
    return this.submissions.submit(input, {
      ip: clientIp(ctx.req),
      userAgent: ctx.req.headers['user-agent'] ?? null,
    });
  }

  @Access('user')
  @Query(() => ResponseConnection, {
    description:
      'Responses, newest first; a filter picks the same responses surveyResults summarises.',
  })
  async responses(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', {
      type: () => ResultsFilter,
      nullable: true,
      description: 'Only responses matching it, as in surveyResults.',
    })
    filter: ResultsFilter | null,
  ): Promise<ResponseConnection> {
    const row = await this.surveys.requireSurvey(user, surveyId, Right.READ);
    return this.results.responses(row, first, after, filter);
  }

  @Access('user')
  @Query(() => SurveyResults, {
    description: 'Counts, shares, means, medians, NPS and newest texts, computed in the database.',
  })
  async surveyResults(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('filter', { type: () => ResultsFilter, nullable: true }) filter: ResultsFilter | null,
  ): Promise<SurveyResults> {
    const row = await this.surveys.requireSurvey(user, surveyId, Right.READ);
    return this.results.results(row, filter);
  }

  @Access('user')
  @Mutation(() => Survey, {
    description: 'Brings an existing survey export in as a closed survey with its responses.',
  })
  importSurveyCsv(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ImportSurveyCsvInput }) input: ImportSurveyCsvInput,
  ): Promise<Survey> {
    return this.importer.import(user, input);
  }

  @Access('user')
  @Query(() => CsvPreview, {
    description:
      'What importSurveyCsv would make of each column (type, persona field, sensitive, examples); writes nothing (OWNER, RESEARCHER).',
  })
  previewSurveyCsv(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => PreviewSurveyCsvInput }) input: PreviewSurveyCsvInput,
  ): Promise<CsvPreview> {
    return this.importer.preview(user, input);
  }

  @Access('user')
  @Mutation(() => Survey, {
    description:
      "Changes questions' analysis settings (persona field, sensitive, sensitive opt-in) on any survey, in place in every version: no new version, respondents see no change (OWNER, RESEARCHER).",
  })
  updateQuestionAnalysis(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('questions', { type: () => [QuestionAnalysisInput] }) questions: QuestionAnalysisInput[],
  ): Promise<Survey> {
    return this.surveys.updateQuestionAnalysis(user, surveyId, questions);
  }

  @ResolveField(() => SurveyStatusEnum, {
    description: 'DRAFT, OPEN or CLOSED; an open survey past its date or limit reads CLOSED.',
  })
  status(@Parent() survey: Survey, @Context() ctx: object): Promise<SurveyStatus> {
    return this.surveys.effectiveStatus(survey, ctx);
  }

  @ResolveField(() => Study, { description: 'The study the survey belongs to.' })
  async study(
    @Parent() survey: Survey,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Study> {
    const study = await this.studies.getBatched(ctx, user, survey.studyId);
    if (!study) throw notFound('The study');
    return study;
  }

  @ResolveField(() => Int, { description: 'All responses, partial ones included.' })
  async responseCount(@Parent() survey: Survey, @Context() ctx: object): Promise<number> {
    return (await this.surveys.countsBatched(ctx, survey.id)).total;
  }

  @ResolveField(() => Int, { description: 'Complete responses.' })
  async completeCount(@Parent() survey: Survey, @Context() ctx: object): Promise<number> {
    return (await this.surveys.countsBatched(ctx, survey.id)).complete;
  }
}

@Resolver(() => ResponseConnection)
export class ResponseConnectionResolver {
  constructor(private readonly results: ResultsService) {}

  @ResolveField(() => Int, {
    description: 'Responses matching the filter (all responses of the survey without one).',
  })
  totalCount(@Parent() connection: ResponseConnection): Promise<number> {
    return this.results.count(connection.scope);
  }
}

@Resolver(() => QuestionResult)
export class QuestionResultResolver {
  @ResolveField(() => [String], {
    nullable: true,
    description: 'A sample of the newest text answers (at most 100).',
  })
  texts(
    @Parent() result: QuestionResult,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): string[] | null {
    return result.textSample ? result.textSample.slice(0, Math.max(0, Math.min(first, 100))) : null;
  }
}

@Resolver(() => Study)
export class StudySurveysResolver {
  constructor(
    private readonly surveyService: SurveyService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [Survey], { description: 'Surveys of the study, newest first.' })
  async surveys(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<Survey[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    return this.surveyService.listForStudyBatched(ctx, study.id);
  }
}

/** Questions stored before the sensitive flags existed read as not sensitive. */
@Resolver(() => Question)
export class QuestionResolver {
  @ResolveField(() => Boolean, {
    description:
      'A special-category question (gender, ethnicity, religion, sexual orientation, health, politics, exact birth date): never used to form segments.',
  })
  sensitive(@Parent() question: Question): boolean {
    return question.sensitive === true;
  }

  @ResolveField(() => Boolean, {
    description:
      "The researcher chose to show this sensitive question's distribution on personas, labelled, for description only — never for segments.",
  })
  sensitiveOptIn(@Parent() question: Question): boolean {
    return question.sensitiveOptIn === true;
  }
}
