import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members (issue 15) and password reset by email (issue 14, finding 17):
 * - a workspace invitation carries the SHA-256 of its single-use link token (renewed when it is
 *   sent again; null for invitations recorded before mails existed);
 * - `workspace_audit`: one row per membership change (invite, revoke, accept, decline, leave,
 *   remove, role change), written in the transaction of the change. Actor and target are plain
 *   ids (SET NULL when an account is deleted) so the history outlives accounts;
 * - `password_reset`: single-use reset links (only the token's hash), valid an hour.
 */
export class MembersAuditReset1764300014000 implements MigrationInterface {
  name = 'MembersAuditReset1764300014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace_invitation ADD COLUMN token_hash text;
      CREATE UNIQUE INDEX workspace_invitation_token_key ON workspace_invitation (token_hash)
        WHERE token_hash IS NOT NULL;
      CREATE TABLE workspace_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL,
        target_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        target_email text,
        role_before text,
        role_after text,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX workspace_audit_workspace_idx ON workspace_audit (workspace_id, at DESC, id DESC);
      CREATE INDEX workspace_audit_target_idx ON workspace_audit (target_user_id, workspace_id, at DESC)
        WHERE target_user_id IS NOT NULL;
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX password_reset_user_idx ON password_reset (user_id) WHERE used_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE password_reset;
      DROP TABLE workspace_audit;
      DROP INDEX workspace_invitation_token_key;
      ALTER TABLE workspace_invitation DROP COLUMN token_hash;
    `);
  }
}
