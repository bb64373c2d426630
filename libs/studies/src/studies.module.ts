import { Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { ParticipantService } from './participant.service';
import { StudyResolver, WorkspaceStudiesResolver } from './study.resolver';
import { StudyService } from './study.service';
import { StudyAccessService } from './study-access.service';
import { StudyRepository } from './data/study.repository';
import { ParticipantReader } from './data/participant.reader';

/** Studies and their participants. */
@Module({
  imports: [AuthModule],
  providers: [
    StudyRepository,
    StudyAccessService,
    ParticipantReader,
    StudyService,
    ParticipantService,
    StudyResolver,
    WorkspaceStudiesResolver,
  ],
  exports: [StudyAccessService, StudyService, ParticipantService, ParticipantReader],
})
export class StudiesModule {}
