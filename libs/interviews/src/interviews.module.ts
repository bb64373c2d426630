import { Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { InterviewResolver, StudyInterviewsResolver } from './interview.resolver';
import { InterviewService } from './interview.service';

/** Transcripts and their segments. */
@Module({
  imports: [AuthModule, StudiesModule],
  providers: [InterviewService, InterviewResolver, StudyInterviewsResolver],
  exports: [InterviewService],
})
export class InterviewsModule {}
