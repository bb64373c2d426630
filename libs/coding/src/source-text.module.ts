import { Module } from '@nestjs/common';
import { InterviewsModule } from '@persona-lab/interviews';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { SourceTextService } from './source-text.service';

/** The text behind a source reference (an answer or a transcript turn), read by coding and personas. */
@Module({
  imports: [SurveyVersionsModule, InterviewsModule],
  providers: [SourceTextService],
  exports: [SourceTextService],
})
export class SourceTextModule {}
