import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { StudiesModule } from '@persona-lab/studies';
import { ResponsesExportController } from './responses-export.controller';
import { ResultsService } from './results.service';
import { PUBLIC_RATE_LIMIT, SubmissionService } from './submission.service';
import { SurveyImportService } from './survey-import.service';
import { QuestionResolver, QuestionResultResolver, ResponseConnectionResolver, StudySurveysResolver, SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { SurveyVersionsModule } from './survey-versions.module';

export interface SurveysModuleOptions {
  publicRequestsPerMinute: number;
  /** The app's `LlmModule.forRoot(...)`: question understanding at import may use the model. */
  llm: DynamicModule;
}

/** Surveys, versions, invitations, responses, results, import and export. */
@Module({})
export class SurveysModule {
  static forRoot(options: SurveysModuleOptions): DynamicModule {
    return {
      module: SurveysModule,
      imports: [AuthModule, StudiesModule, SurveyVersionsModule, options.llm],
      providers: [
        { provide: PUBLIC_RATE_LIMIT, useValue: options.publicRequestsPerMinute },
        SurveyService,
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
    };
  }
}
