import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { runMigrations } from '../src/data-source';

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL directly, for assertions that must not trust the API under test. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

const withClient = async <T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** A fresh, migrated database for one test file, on the run's shared embedded server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = adminUrl.replace(/\/[^/?]*(\?.*)?$/, `/${name}$1`);
  await runMigrations(url);
  return {
    url,
    name,
    query: async <T>(sql: string, params: unknown[] = []) =>
      withClient(url, async (c) => (await c.query(sql, params)).rows as T[]),
    drop: () =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
