import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Synthesis runs, personas with every version kept, reviews, comments and the audit trail. */
export class SynthesisPersonas1764300003000 implements MigrationInterface {
  name = 'SynthesisPersonas1764300003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE synthesis_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
        progress double precision NOT NULL DEFAULT 0,
        stage text,
        error text,
        provider text NOT NULL,
        model text,
        persona_count int,
        tokens_in int NOT NULL DEFAULT 0,
        tokens_out int NOT NULL DEFAULT 0,
        quality jsonb,
        stats jsonb,
        attempt int NOT NULL DEFAULT 0,
        cancel_requested boolean NOT NULL DEFAULT false,
        heartbeat_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX synthesis_run_study_idx ON synthesis_run (study_id, created_at DESC);

      CREATE TABLE persona (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'ARCHIVED')),
        latest_version int NOT NULL DEFAULT 1,
        approved_version int,
        member_ids jsonb NOT NULL DEFAULT '[]',
        segment_vanished boolean NOT NULL DEFAULT false,
        synthesis_run_id uuid REFERENCES synthesis_run(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX persona_study_idx ON persona (study_id);

      CREATE TABLE persona_version (
        persona_id uuid NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
        version int NOT NULL,
        content jsonb NOT NULL,
        origin text NOT NULL CHECK (origin IN ('SYNTHESIS', 'EDIT')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        synthesis_run_id uuid REFERENCES synthesis_run(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (persona_id, version)
      );

      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        persona_id uuid NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES app_user(id),
        decision text NOT NULL CHECK (decision IN ('APPROVE', 'REQUEST_CHANGES', 'REJECT')),
        comment text,
        persona_version int NOT NULL,
        trait_checks jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX review_persona_idx ON review (persona_id, created_at);

      CREATE TABLE persona_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        persona_id uuid NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
        persona_version int NOT NULL,
        trait_index int,
        author_id uuid NOT NULL REFERENCES app_user(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX persona_comment_idx ON persona_comment (persona_id, created_at);

      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspace(id) ON DELETE CASCADE,
        study_id uuid REFERENCES study(id) ON DELETE CASCADE,
        persona_id uuid REFERENCES persona(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL,
        before_version int,
        after_version int,
        detail jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_persona_idx ON audit_event (persona_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_event, persona_comment, review, persona_version, persona, synthesis_run');
  }
}
