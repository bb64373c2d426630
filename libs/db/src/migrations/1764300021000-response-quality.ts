import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Response quality (issue 17, part 3).
 *
 * - `response_quality_flag` (owned by surveys): one row per flag of a response (speeding,
 *   straight-lining, low-effort text, duplicate text, a failed attention check) with the sentence
 *   a researcher reads. A survey's rows are replaced as a whole by each recomputation (after an
 *   import, after a change of the survey's questions, and by the `surveys-quality` job after
 *   submissions), so the survey's median time and duplicate texts stay current.
 * - `synthesis_run.include_flagged` / `excluded_responses` (owned by synthesis): whether the run
 *   used flagged responses (default: no) and how many it left out, by reason.
 */
export class ResponseQuality1764300021000 implements MigrationInterface {
  name = 'ResponseQuality1764300021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_quality_flag (
        response_id uuid NOT NULL REFERENCES response(id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('SPEEDING', 'STRAIGHT_LINING', 'LOW_EFFORT_TEXT', 'DUPLICATE_TEXT', 'FAILED_ATTENTION_CHECK')),
        detail text NOT NULL,
        PRIMARY KEY (response_id, reason)
      );
      CREATE INDEX response_quality_flag_survey_idx ON response_quality_flag (survey_id, reason);

      ALTER TABLE synthesis_run
        ADD COLUMN include_flagged boolean NOT NULL DEFAULT false,
        ADD COLUMN excluded_responses jsonb;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE synthesis_run DROP COLUMN include_flagged, DROP COLUMN excluded_responses;
      DROP TABLE response_quality_flag;
    `);
  }
}
