export { dataSourceOptions, runMigrations, isDatabaseUnavailable, isStatementTimeout } from './data-source';
export { startEmbeddedPostgres, ensureDatabase, type EmbeddedPostgresHandle } from './embedded-postgres';
export { JobQueue, type JobDb, type JobHandler, type JobQueueOptions } from './job-queue';
export { JobsModule } from './jobs.module';
export { GroupCommit, type GroupCommitOptions } from './group-commit';
export { migrations } from './migrations';
export {
  HEADLINE_START,
  HEADLINE_STOP,
  keysetCondition,
  keysetParams,
  type TextSearchWindow,
} from './text-search';
