import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rate-limit counters every replica shares (auth owns them; issue 14, finding 11). */
export class RateLimit1764300007400 implements MigrationInterface {
  name = 'RateLimit1764300007400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- rate-limiter-flexible's RateLimiterPostgres layout (key = prefix:key, expire = epoch ms); created here, never by the library.
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      CREATE INDEX rate_limit_expire_idx ON rate_limit (expire);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
  }
}
