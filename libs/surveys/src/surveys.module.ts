import { type DynamicModule, Module } from '@nestjs/common';
import { StudiesModule } from '@persona-lab/studies';
import { ResponsesExportController } from './responses-export.controller';
import { ResultsService } from './results.service';
import { PUBLIC_RATE_LIMIT, SubmissionService } from './submission.service';
import { SurveyImportService } from './survey-import.service';
import { QuestionResolver, QuestionResultResolver, ResponseConnectionResolver, StudySurveysResolver, SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { SurveyVersionStore } from './survey-version.store';

/** Surveys, versions, invitations, responses, results, import and export. */
@Module({})
export class SurveysModule {
  static forRoot(options: { publicRequestsPerMinute: number }): DynamicModule {
    return {
      module: SurveysModule,
      // Coding and synthesis read frozen survey versions through it.
      global: true,
      imports: [StudiesModule],
      providers: [
        { provide: PUBLIC_RATE_LIMIT, useValue: options.publicRequestsPerMinute },
        SurveyService,
        SurveyVersionStore,
        SubmissionService,
        ResultsService,
        SurveyImportService,
        SurveyResolver,
        QuestionResultResolver,
        QuestionResolver,
        ResponseConnectionResolver,
        StudySurveysResolver,
      ],
      controllers: [ResponsesExportController],
      exports: [SurveyService, SurveyVersionStore, SubmissionService],
    };
  }
}
