import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { CalibrationService } from './calibration.service';
import { CalibrationRun } from './models/calibration.model';

@Resolver(() => CalibrationRun)
export class CalibrationResolver {
  constructor(private readonly calibrations: CalibrationService) {}

  @Access('user')
  @Mutation(() => CalibrationRun, {
    description:
      'Starts a blind calibration of a model coder against the coding people did in the study: the coder codes a sample of judged passages without seeing their highlights; nothing is written to the coding. provider as in suggestCodes; sampleSize 10 to 500 (default 100).',
  })
  startCalibration(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('provider', { type: () => String, nullable: true }) provider: string | null,
    @Args('sampleSize', { type: () => Int, nullable: true }) sampleSize: number | null,
  ): Promise<CalibrationRun> {
    return this.calibrations.start(user, studyId, provider, sampleSize);
  }

  @Access('user')
  @Query(() => CalibrationRun, {
    nullable: true,
    description: "The study's most recent coder calibration with its figures, or null when there is none.",
  })
  latestCalibration(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
  ): Promise<CalibrationRun | null> {
    return this.calibrations.latest(user, studyId);
  }
}
