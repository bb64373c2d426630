import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspace invitations (issue 14, finding 9): adding someone to a workspace records an invitation
 * to an email address; the membership exists only once its invitee accepts. One pending invitation
 * per workspace and address (re-inviting updates it).
 */
export class WorkspaceInvitations1764300009300 implements MigrationInterface {
  name = 'WorkspaceInvitations1764300009300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        declined_at timestamptz
      );
      CREATE UNIQUE INDEX workspace_invitation_pending_key ON workspace_invitation (workspace_id, email)
        WHERE accepted_at IS NULL AND declined_at IS NULL;
      CREATE INDEX workspace_invitation_email_idx ON workspace_invitation (email)
        WHERE accepted_at IS NULL AND declined_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE workspace_invitation');
  }
}
