export { CodingModule, type CodingModuleOptions } from './coding.module';
export { SourceTextModule } from './source-text.module';
export { CodingReadersModule } from './coding-readers.module';
export { CODING_ENTITIES } from './data/coding.entities';
export { CodedHighlightReader, type CodedHighlight } from './data/coded-highlight.reader';
export {
  CodingSearchReader,
  type CodeSearchRow,
  type CodedSources,
  type HighlightSearchRow,
} from './data/coding.search';
export { SourceTextService, checkSpan, type SourceText } from './source-text.service';
export { CodebookService } from './codebook.service';
export { HighlightService } from './highlight.service';
export { loadCodingUnits, unitKey, type CodingUnit } from './coding-units';
export { ThemeRunService, THEME_CODER } from './themes/theme-run.service';
export { Code, Highlight, SourceRef, CodingRun, RunStatusEnum, SourceTypeEnum, type RunStatus, type SourceType, type CodeCategory } from './models/coding.model';
export { SourceRefInput } from './dto/coding.input';
