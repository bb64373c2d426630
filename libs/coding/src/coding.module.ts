import { type DynamicModule, Module } from '@nestjs/common';
import { CodebookService } from './codebook.service';
import { CodebookExchangeController } from './codebook-exchange.controller';
import { CodebookExchangeService } from './codebook-exchange.service';
import { CodingRunService, TOKEN_BUDGET } from './coding-run.service';
import { CodeResolver, HighlightResolver, SourceContextResolver, StudyCodesResolver } from './coding.resolver';
import { HighlightService } from './highlight.service';
import { SourceTextService } from './source-text.service';
import { ThemeRunService } from './themes/theme-run.service';
import { ThemeService } from './themes/theme.service';
import { ThemeResolver, ThemeRunResolver } from './themes/theme.resolver';

/** Codebook, highlights, automatic coding, theme discovery and agreement. */
@Module({})
export class CodingModule {
  static forRoot(options: { tokenBudget: number }): DynamicModule {
    return {
      module: CodingModule,
      // Synthesis and personas resolve source text and read the token budget through it.
      global: true,
      providers: [
        { provide: TOKEN_BUDGET, useValue: options.tokenBudget },
        SourceTextService,
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
      exports: [SourceTextService, CodebookService, HighlightService, TOKEN_BUDGET],
    };
  }
}
