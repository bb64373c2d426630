export { dataSourceOptions, runMigrations, isDatabaseUnavailable } from './data-source';
export { startEmbeddedPostgres, ensureDatabase, type EmbeddedPostgresHandle } from './embedded-postgres';
