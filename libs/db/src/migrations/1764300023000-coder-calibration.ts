import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coder calibration runs (issue 16, bug 4), owned by libs/coding. A run samples units a person
 * judged (`calibration_unit.human_codes`, frozen at sampling time) and has a coder code them blind
 * (`coder_codes`, NULL until coded, so a resumed run codes only what is left). A calibration never
 * writes a highlight.
 */
export class CoderCalibration1764300023000 implements MigrationInterface {
  name = 'CoderCalibration1764300023000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calibration_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED',
        progress double precision NOT NULL DEFAULT 0,
        error text,
        provider text NOT NULL,
        coder text NOT NULL,
        sample_size int NOT NULL CHECK (sample_size > 0),
        seed int NOT NULL,
        tokens_in int NOT NULL DEFAULT 0,
        tokens_out int NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX calibration_run_study_idx ON calibration_run (study_id, created_at DESC);

      CREATE TABLE calibration_unit (
        run_id uuid NOT NULL REFERENCES calibration_run(id) ON DELETE CASCADE,
        unit_key text NOT NULL,
        human_codes uuid[] NOT NULL,
        coder_codes uuid[],
        PRIMARY KEY (run_id, unit_key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calibration_unit, calibration_run');
  }
}
