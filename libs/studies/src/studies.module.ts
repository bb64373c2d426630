import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { ParticipantService } from './participant.service';
import { StudyResolver, WorkspaceStudiesResolver } from './study.resolver';
import { StudyService } from './study.service';
import { StudyAccessService } from './study-access.service';
import { ParticipantRepository } from './data/participant.repository';
import { STUDIES_ENTITIES } from './data/studies.entities';
import { StudyParticipantsReader } from './data/study-participants.reader';
import { StudyRepository } from './data/study.repository';
import { ParticipantReader } from './data/participant.reader';

/** Studies and their participants. */
@Module({
  imports: [TypeOrmModule.forFeature(STUDIES_ENTITIES), AuthModule],
  providers: [
    StudyRepository,
    ParticipantRepository,
    StudyParticipantsReader,
    StudyAccessService,
    ParticipantReader,
    StudyService,
    ParticipantService,
    StudyResolver,
    WorkspaceStudiesResolver,
  ],
  exports: [
    StudyAccessService,
    StudyService,
    ParticipantService,
    ParticipantReader,
    StudyParticipantsReader,
  ],
})
export class StudiesModule {}
