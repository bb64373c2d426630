import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, Right, batchLoad, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { Participant, Study, StudyAccessService } from '@persona-lab/studies';
import { MAX_SAMPLE_CHARS, previewCsv } from './csv/preview';
import { AnalyticsImportRepository, type AnalyticsImportRow } from './data/analytics-import.repository';
import { AnalyticsReader } from './data/analytics.reader';
import { featureLabel } from './analytics-import.service';
import {
  AnalyticsCsvPreview,
  AnalyticsImport,
  BehaviourSummary,
} from './models/analytics.model';

const toModel = (r: AnalyticsImportRow): AnalyticsImport => ({
  ...r,
  unlinked: Math.max(0, r.users - r.linked),
  features: r.features.map(featureLabel),
});

@Resolver(() => AnalyticsImport)
export class AnalyticsImportResolver {
  constructor(private readonly access: StudyAccessService) {}

  @Access('user')
  @Query(() => AnalyticsCsvPreview, {
    description:
      'The head of an analytics CSV read without storing anything: columns, a few rows and a proposed mapping (events or per-user summary).',
  })
  async previewAnalyticsCsv(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('sample', { description: `The first bytes of the file as text (at most ${MAX_SAMPLE_CHARS} characters).` }) sample: string,
    @Args('whole', { nullable: true, description: 'True when the sample is the whole file (its last line is complete).' })
    whole?: boolean,
  ): Promise<AnalyticsCsvPreview> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    if (sample.length > MAX_SAMPLE_CHARS)
      throw badInput(`Send at most ${MAX_SAMPLE_CHARS} characters of the file.`, { field: 'sample' });
    try {
      return previewCsv(sample, whole ?? false);
    } catch (error) {
      throw badInput(`The file is not a readable CSV: ${(error as Error).message}.`, { field: 'sample' });
    }
  }
}

@Resolver(() => Study)
export class StudyAnalyticsResolver {
  constructor(
    private readonly imports: AnalyticsImportRepository,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => [AnalyticsImport], { description: 'Product analytics imports of the study, newest first.' })
  async analyticsImports(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<AnalyticsImport[]> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    const rows = await batchLoad(
      ctx,
      'analytics.importsOfStudy',
      async (ids: readonly string[]) => {
        const all = await this.imports.ofStudies(ids);
        return ids.map((id) => all.filter((r) => r.studyId === id));
      },
      study.id,
    );
    return rows.map(toModel);
  }
}

@Resolver(() => Participant)
export class ParticipantBehaviourResolver {
  constructor(private readonly reader: AnalyticsReader) {}

  @ResolveField(() => BehaviourSummary, {
    nullable: true,
    description: "The participant's latest behaviour summary from product analytics, or null when no analytics user is linked to them.",
  })
  async behaviour(@Parent() p: Participant, @Context() ctx: object): Promise<BehaviourSummary | null> {
    return batchLoad(
      ctx,
      'analytics.behaviourOf',
      async (ids: readonly string[]) => {
        const rows = new Map((await this.reader.latestOfParticipants(ids)).map((r) => [r.participantId, r]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      p.id,
    );
  }
}
