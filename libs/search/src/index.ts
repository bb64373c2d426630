export { SearchModule } from './search.module';
export {
  SearchService,
  normalizeQuery,
  MAX_QUERY_LENGTH,
  MAX_PAGE,
  type SearchArgs,
} from './search.service';
export {
  SearchHit,
  SearchResultConnection,
  SearchSourceEnum,
  SpeakerRoleEnum,
  TextRange,
  SEARCH_SOURCES,
  type SearchSource,
  type SpeakerRole,
} from './models/search.model';
export { parseHeadline, type Snippet, type SnippetRange } from './snippet';
