import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 15): a row per recipient, written in the transaction of the event, and
 * per-user email settings per kind (no row: the kind's default). The partial index serves the
 * header's unread count; the other one the inbox, newest first.
 */
export class Notifications1764300011000 implements MigrationInterface {
  name = 'Notifications1764300011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        title text NOT NULL,
        link text NOT NULL,
        study_id uuid REFERENCES study(id) ON DELETE CASCADE,
        subject_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notification_user_created_idx ON notification (user_id, created_at DESC, id DESC);
      CREATE INDEX notification_user_unread_idx ON notification (user_id, workspace_id) WHERE read_at IS NULL;
      CREATE INDEX notification_study_idx ON notification (study_id) WHERE study_id IS NOT NULL;
      CREATE TABLE notification_setting (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_setting; DROP TABLE notification');
  }
}
