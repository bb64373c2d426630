import { Module } from '@nestjs/common';
import { ParticipantService } from './participant.service';
import { StudyResolver, WorkspaceStudiesResolver } from './study.resolver';
import { StudyService } from './study.service';

/** Studies and their participants. */
@Module({
  providers: [StudyService, ParticipantService, StudyResolver, WorkspaceStudiesResolver],
  exports: [StudyService, ParticipantService],
})
export class StudiesModule {}
