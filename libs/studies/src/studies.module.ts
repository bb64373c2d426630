import { Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { ParticipantService } from './participant.service';
import { StudyResolver, WorkspaceStudiesResolver } from './study.resolver';
import { StudyService } from './study.service';
import { StudyAccessService } from './study-access.service';
import { StudyRepository } from './data/study.repository';

/** Studies and their participants. */
@Module({
  imports: [AuthModule],
  providers: [
    StudyRepository,
    StudyAccessService,
    StudyService,
    ParticipantService,
    StudyResolver,
    WorkspaceStudiesResolver,
  ],
  exports: [StudyAccessService, StudyService, ParticipantService],
})
export class StudiesModule {}
