import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Devices that signed in before (issue 14, finding 8): a device token proves a client signed in to
 * this account once, so it keeps signing in while strangers guessing the password are throttled.
 */
export class LoginDevice1764300007500 implements MigrationInterface {
  name = 'LoginDevice1764300007500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Only the hash of a device token is stored, as for sessions.
      CREATE TABLE login_device (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_device_user_idx ON login_device (user_id, expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_device');
  }
}
