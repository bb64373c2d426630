export { createTestDatabase, type TestDatabase } from './test-database';
export {
  collectGarbage,
  everyRun,
  growth,
  GrowthLog,
  hostileShapes,
  linearEnough,
  MAX_GROWTH,
  parseOrRefuse,
  type Growth,
  type GrowthOptions,
  type HostileShape,
  type Run,
} from './fuzz';
