export { CodingModule } from './coding.module';
export { SourceTextService, checkSpan, type SourceText } from './source-text.service';
export { CodebookService } from './codebook.service';
export { HighlightService } from './highlight.service';
export { TOKEN_BUDGET } from './coding-run.service';
export { loadCodingUnits, unitKey, type CodingUnit } from './coding-units';
export { ThemeRunService, THEME_CODER } from './themes/theme-run.service';
export { Code, Highlight, SourceRef, CodingRun, RunStatusEnum, SourceTypeEnum, type RunStatus, type SourceType, type CodeCategory } from './models/coding.model';
export { SourceRefInput } from './dto/coding.input';
