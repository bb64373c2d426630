import { Module } from '@nestjs/common';
import { InterviewResolver, StudyInterviewsResolver } from './interview.resolver';
import { InterviewService } from './interview.service';
import { ParticipantService } from './participant.service';

/** Transcripts, their segments, and the study's participants. */
@Module({
  providers: [ParticipantService, InterviewService, InterviewResolver, StudyInterviewsResolver],
  exports: [ParticipantService, InterviewService],
})
export class InterviewsModule {}
