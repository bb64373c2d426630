import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/**
 * One way to build the TypeORM options: migrations define the schema, never `synchronize`. Each
 * lib registers the entities of the tables it owns with `TypeOrmModule.forFeature` in its own
 * module (see its `src/data/`); `autoLoadEntities` collects them for the one connection.
 */
export function dataSourceOptions(
  url: string,
  poolSize = 20,
  /** PostgreSQL's `statement_timeout` for every statement on the pool; 0 or unset: none (migrations). */
  statementTimeoutMs = 0,
): DataSourceOptions & { autoLoadEntities: true } {
  return {
    autoLoadEntities: true,
    type: 'postgres',
    url,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      // Sent with each connection's start-up: PostgreSQL stops a statement running longer (error 57014).
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}

const MIGRATION_LOCK = 7_262_001;

/** Applies pending migrations; replicas starting together wait on one advisory lock. */
export async function runMigrations(url: string): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await lock.release();
    await ds.destroy();
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** True when PostgreSQL stopped a statement at its `statement_timeout` (57014, query_canceled). */
export function isStatementTimeout(error: unknown): boolean {
  let e = error as { code?: string; driverError?: unknown } | undefined;
  for (let depth = 0; e && depth < 3; depth++) {
    if (e.code === '57014') return true;
    e = e.driverError as typeof e;
  }
  return false;
}

/** True when an error means "the database cannot be reached right now", not "the query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e = error as { code?: string; message?: string; driverError?: unknown } | undefined;
  for (let depth = 0; e && depth < 3; depth++) {
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        e.message ?? '',
      )
    )
      return true;
    e = e.driverError as typeof e;
  }
  return false;
}
