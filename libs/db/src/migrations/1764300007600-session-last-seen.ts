import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a session was last used (issue 14, finding 17): a session unused for SESSION_IDLE_HOURS stops working. */
export class SessionLastSeen1764300007600 implements MigrationInterface {
  name = 'SessionLastSeen1764300007600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE session DROP COLUMN last_seen_at');
  }
}
