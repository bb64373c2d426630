import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personas over time (issue 17 part 4). `synthesis_run.segment_model` (synthesis) keeps what a run
 * needs to place later participants in its segments. `persona_assignment` (personas) records, per
 * run, every participant of the study once: the run's members (origin MEMBER) and the participants
 * who came later (origin NEWCOMER), assigned to a persona with a fit or left unassigned with a
 * reason, and the date of their data (for the share by month). One row per (run, participant), so
 * re-running the assignment never duplicates.
 */
export class PersonaAssignment1764300022000 implements MigrationInterface {
  name = 'PersonaAssignment1764300022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE synthesis_run ADD COLUMN segment_model jsonb;
      CREATE TABLE persona_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        run_id uuid NOT NULL REFERENCES synthesis_run(id) ON DELETE CASCADE,
        participant_key text NOT NULL,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        origin text NOT NULL CHECK (origin IN ('MEMBER', 'NEWCOMER')),
        persona_id uuid REFERENCES persona(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (reason IN ('MEMBER', 'ASSIGNED', 'TOO_FEW_ITEMS', 'AMBIGUOUS', 'ATYPICAL')),
        fit double precision NOT NULL DEFAULT 0,
        fact_keys text[] NOT NULL DEFAULT '{}',
        data_at timestamptz NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT persona_assignment_once UNIQUE (run_id, participant_key)
      );
      CREATE INDEX persona_assignment_persona_idx ON persona_assignment (persona_id, data_at);
      CREATE INDEX persona_assignment_study_idx ON persona_assignment (study_id, run_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE persona_assignment; ALTER TABLE synthesis_run DROP COLUMN segment_model');
  }
}
