import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { InterviewResolver, StudyInterviewsResolver } from './interview.resolver';
import { InterviewService } from './interview.service';
import { InterviewRepository } from './data/interview.repository';
import { InterviewReader } from './data/interview.reader';
import { INTERVIEWS_ENTITIES } from './data/interviews.entities';
import { TranscriptReader } from './data/transcript.reader';
import { TranscriptSearchReader } from './data/transcript.search';

/** Transcripts and their segments. */
@Module({
  imports: [TypeOrmModule.forFeature(INTERVIEWS_ENTITIES), AuthModule, StudiesModule],
  providers: [
    InterviewRepository,
    InterviewReader,
    TranscriptReader,
    TranscriptSearchReader,
    InterviewService,
    InterviewResolver,
    StudyInterviewsResolver,
  ],
  exports: [InterviewService, InterviewReader, TranscriptReader, TranscriptSearchReader],
})
export class InterviewsModule {}
