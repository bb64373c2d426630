import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Product analytics as behaviour (issue 17, part 2), owned by libs/analytics:
 *
 * - `analytics_import`: one upload (events or per-user summary CSV) with its mapping, progress
 *   (bytes and rows read) and counts. The raw events never land in a table of the schema: they
 *   are COPYed into a temporary table of the import's own session, aggregated there and dropped
 *   with its transaction.
 * - `analytics_user`: per import and hashed user id (never the raw id), the user's activity
 *   (events, sessions, active weeks, first and last event) and the participant it is linked to
 *   (null: a user never seen in a survey, interview or feedback; counted, not used by synthesis).
 * - `analytics_user_feature`: per user and kept feature (the import's top events by users
 *   covered, or a summary column): count, active weeks, frequency per week, recency, share of
 *   sessions.
 * - `analytics_summary`: a linked participant's rendered behaviour summary for one import:
 *   immutable text, the evidence of behaviour traits (SourceType ANALYTICS_SUMMARY).
 */
export class Analytics1764300020000 implements MigrationInterface {
  name = 'Analytics1764300020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EVENTS', 'SUMMARY')),
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
        mapping jsonb NOT NULL,
        bytes_read bigint NOT NULL DEFAULT 0,
        rows_read bigint NOT NULL DEFAULT 0,
        rows_skipped bigint NOT NULL DEFAULT 0,
        events bigint NOT NULL DEFAULT 0,
        users integer NOT NULL DEFAULT 0,
        linked integer NOT NULL DEFAULT 0,
        reference_at timestamptz,
        features text[] NOT NULL DEFAULT '{}',
        error text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX analytics_import_study_idx ON analytics_import (study_id, created_at DESC);

      CREATE TABLE analytics_user (
        import_id uuid NOT NULL REFERENCES analytics_import(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        user_hash text NOT NULL,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        events bigint NOT NULL,
        sessions integer NOT NULL,
        active_weeks integer NOT NULL,
        first_at timestamptz,
        last_at timestamptz,
        PRIMARY KEY (import_id, user_hash)
      );
      CREATE INDEX analytics_user_participant_idx ON analytics_user (participant_id) WHERE participant_id IS NOT NULL;

      CREATE TABLE analytics_user_feature (
        import_id uuid NOT NULL,
        user_hash text NOT NULL,
        feature text NOT NULL,
        events bigint NOT NULL,
        active_weeks integer NOT NULL,
        per_week double precision,
        recency_days double precision,
        session_share double precision,
        PRIMARY KEY (import_id, user_hash, feature),
        FOREIGN KEY (import_id, user_hash) REFERENCES analytics_user(import_id, user_hash) ON DELETE CASCADE
      );

      CREATE TABLE analytics_summary (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        import_id uuid NOT NULL REFERENCES analytics_import(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        text text NOT NULL,
        features jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (import_id, participant_id)
      );
      CREATE INDEX analytics_summary_study_idx ON analytics_summary (study_id, participant_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE analytics_summary, analytics_user_feature, analytics_user, analytics_import',
    );
  }
}
