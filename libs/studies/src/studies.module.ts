import { Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { ParticipantService } from './participant.service';
import { StudyResolver, WorkspaceStudiesResolver } from './study.resolver';
import { StudyService } from './study.service';

/** Studies and their participants. */
@Module({
  imports: [AuthModule],
  providers: [StudyService, ParticipantService, StudyResolver, WorkspaceStudiesResolver],
  exports: [StudyService, ParticipantService],
})
export class StudiesModule {}
