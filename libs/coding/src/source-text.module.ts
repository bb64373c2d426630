import { Module } from '@nestjs/common';
import { AnalyticsReadersModule } from '@persona-lab/analytics';
import { FeedbackReadersModule } from '@persona-lab/feedback';
import { InterviewsModule } from '@persona-lab/interviews';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { SourceTextService } from './source-text.service';

/** The text behind a source reference (an answer, a transcript turn or a feedback message), read by coding and personas. */
@Module({
  imports: [SurveyVersionsModule, InterviewsModule, FeedbackReadersModule, AnalyticsReadersModule],
  providers: [SourceTextService],
  exports: [SourceTextService],
})
export class SourceTextModule {}
