import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@persona-lab/auth';
import { FeedbackReadersModule } from '@persona-lab/feedback';
import { InterviewsModule } from '@persona-lab/interviews';
import { StudiesModule } from '@persona-lab/studies';
import { SurveyVersionsModule } from '@persona-lab/surveys';
import { CalibrationResolver } from './calibration.resolver';
import { CalibrationService } from './calibration.service';
import { CodebookService } from './codebook.service';
import { CodebookExchangeController } from './codebook-exchange.controller';
import { CodebookExchangeService } from './codebook-exchange.service';
import { CodingRunService } from './coding-run.service';
import { CalibrationRepository } from './data/calibration.repository';
import { CodeRepository } from './data/code.repository';
import { CODING_ENTITIES } from './data/coding.entities';
import { CodingRunRepository } from './data/coding-run.repository';
import { HighlightRepository } from './data/highlight.repository';
import { ThemeRunRepository } from './data/theme-run.repository';
import { ThemeRepository } from './data/theme.repository';
import {
  CodeResolver,
  HighlightResolver,
  SourceContextResolver,
  StudyCodesResolver,
} from './coding.resolver';
import { HighlightService } from './highlight.service';
import { HighlightPlaceResolver } from './highlight-place.resolver';
import { HighlightPlaceService } from './highlight-place.service';
import { SourceTextModule } from './source-text.module';
import { ThemeRunService } from './themes/theme-run.service';
import { ThemeService } from './themes/theme.service';
import { ThemeResolver, ThemeRunResolver } from './themes/theme.resolver';

export interface CodingModuleOptions {
  /** The app's `JobsModule.forRoot(...)`: coding and theme runs are jobs. */
  jobs: DynamicModule;
  /** The app's `LlmModule.forRoot(...)`: the model client and the token budget. */
  llm: DynamicModule;
}

/** Codebook, highlights, automatic coding, theme discovery and agreement. */
@Module({})
export class CodingModule {
  static forRoot(options: CodingModuleOptions): DynamicModule {
    return {
      module: CodingModule,
      imports: [
        TypeOrmModule.forFeature(CODING_ENTITIES),
        AuthModule,
        StudiesModule,
        SurveyVersionsModule,
        InterviewsModule,
        FeedbackReadersModule,
        SourceTextModule,
        options.jobs,
        options.llm,
      ],
      providers: [
        CodeRepository,
        HighlightRepository,
        CodingRunRepository,
        ThemeRepository,
        ThemeRunRepository,
        CodebookService,
        CodebookExchangeService,
        HighlightService,
        HighlightPlaceService,
        HighlightPlaceResolver,
        CodingRunService,
        CalibrationRepository,
        CalibrationService,
        CalibrationResolver,
        CodeResolver,
        HighlightResolver,
        StudyCodesResolver,
        SourceContextResolver,
        ThemeRunService,
        ThemeService,
        ThemeRunResolver,
        ThemeResolver,
      ],
      controllers: [CodebookExchangeController],
    };
  }
}
