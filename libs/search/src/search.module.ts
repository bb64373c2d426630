import { Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { CodingReadersModule } from '@persona-lab/coding';
import { FeedbackReadersModule, FeedbackSearchModule } from '@persona-lab/feedback';
import { InterviewsModule } from '@persona-lab/interviews';
import { PersonaSearchModule } from '@persona-lab/personas';
import { StudiesModule } from '@persona-lab/studies';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { HeadlineReader } from './data/headline.reader';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Search across everything in a workspace: the owners' search readers, merged by rank. */
@Module({
  imports: [
    AuthModule,
    StudiesModule,
    InterviewsModule,
    SurveyVersionsModule,
    CodingReadersModule,
    PersonaSearchModule,
    FeedbackReadersModule,
    FeedbackSearchModule,
  ],
  providers: [HeadlineReader, SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
