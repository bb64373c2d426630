import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Share links (issue 15): a read-only public link to one approved persona (`persona_id`) or to a
 * study's approved set (`persona_id` null). Only a SHA-256 of the link's random token is stored,
 * so the table cannot be turned back into working links. Every link expires (at most a year).
 */
export class PersonaShare1764300015000 implements MigrationInterface {
  name = 'PersonaShare1764300015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE persona_share (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        persona_id uuid REFERENCES persona(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        view_count integer NOT NULL DEFAULT 0,
        last_viewed_at timestamptz,
        CONSTRAINT persona_share_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '366 days')
      );
      CREATE INDEX persona_share_study_idx ON persona_share (study_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE persona_share');
  }
}
