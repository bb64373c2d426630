import { AnalyticsImportEntity } from './analytics-import.entity';
import { AnalyticsSummaryEntity } from './analytics-summary.entity';
import { AnalyticsUserEntity, AnalyticsUserFeatureEntity } from './analytics-user.entity';

/** The tables libs/analytics owns. */
export const ANALYTICS_ENTITIES = [
  AnalyticsImportEntity,
  AnalyticsUserEntity,
  AnalyticsUserFeatureEntity,
  AnalyticsSummaryEntity,
];
