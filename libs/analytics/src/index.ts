export { AnalyticsModule, AnalyticsReadersModule } from './analytics.module';
export { AnalyticsReader, type BehaviourSummaryRow } from './data/analytics.reader';
export { ANALYTICS_ENTITIES } from './data/analytics.entities';
export { AnalyticsImportService, MAX_FEATURES, featureLabel } from './analytics-import.service';
export {
  behaviourPhrase,
  frequencyWords,
  recencyWords,
  renderSummary,
  type BehaviourFeature,
} from './summary/render';
export { parseEventTime } from './csv/event-time';
export { proposeMapping, type AnalyticsMapping, type AnalyticsKind } from './csv/mapping';
export { AnalyticsImport, BehaviourSummary } from './models/analytics.model';
