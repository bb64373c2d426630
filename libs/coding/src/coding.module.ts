import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@persona-lab/auth';
import { CodebookService } from './codebook.service';
import { CodebookExchangeController } from './codebook-exchange.controller';
import { CodebookExchangeService } from './codebook-exchange.service';
import { CodingRunService } from './coding-run.service';
import { CodeResolver, HighlightResolver, SourceContextResolver, StudyCodesResolver } from './coding.resolver';
import { HighlightService } from './highlight.service';
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
      imports: [AuthModule, SourceTextModule, options.jobs, options.llm],
      providers: [
        CodebookService,
        CodebookExchangeService,
        HighlightService,
        CodingRunService,
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
