import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Right, type AuthUser } from '@persona-lab/auth';
import { Study, StudyAccessService } from '@persona-lab/studies';
import { QualityFlag, QualitySummary } from './models/quality.model';
import { Response } from './models/response.model';
import { Survey } from './models/survey.model';
import { QualityService } from './quality.service';

/** `Survey.qualitySummary`: reached through a survey the caller may read. */
@Resolver(() => Survey)
export class QualityResolver {
  constructor(private readonly quality: QualityService) {}

  @ResolveField(() => QualitySummary, {
    description:
      'Quality flags over the complete responses: how many are flagged, and how many per reason. Flagged responses are left out of synthesis unless a run includes them.',
  })
  async qualitySummary(@Parent() survey: Survey, @Context() ctx: object): Promise<QualitySummary> {
    const { responseCount, flaggedCount, reasons } = await this.quality.surveySummary(ctx, survey.id);
    return { responseCount, flaggedCount, reasons };
  }
}

/** `Response.qualityFlags`: reached through `responses`, which checked the survey. */
@Resolver(() => Response)
export class ResponseQualityResolver {
  constructor(private readonly quality: QualityService) {}

  @ResolveField(() => [QualityFlag], {
    description: 'Why this response may not be genuine (empty when it is clean), each with a sentence.',
  })
  qualityFlags(@Parent() response: Response, @Context() ctx: object): Promise<QualityFlag[]> {
    return this.quality.flagsOf(ctx, response.id);
  }
}

/** `Study.responseQuality`: what a synthesis run would leave out. */
@Resolver(() => Study)
export class StudyQualityResolver {
  constructor(
    private readonly quality: QualityService,
    private readonly access: StudyAccessService,
  ) {}

  @ResolveField(() => QualitySummary, {
    description:
      "Quality flags over the complete responses of the study's surveys: what a synthesis run leaves out unless it includes flagged responses.",
  })
  async responseQuality(
    @Parent() study: Study,
    @CurrentUser() user: AuthUser,
    @Context() ctx: object,
  ): Promise<QualitySummary> {
    await this.access.requireStudyBatched(ctx, user, study.id, Right.READ);
    const { responseCount, flaggedCount, reasons } = await this.quality.studySummary(ctx, study.id);
    return { responseCount, flaggedCount, reasons };
  }
}
