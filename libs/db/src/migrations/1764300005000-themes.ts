import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Theme discovery: runs, and the themes they propose as codes of the study's codebook. */
export class Themes1764300005000 implements MigrationInterface {
  name = 'Themes1764300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE theme_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        -- NULL: every open-text question of the study.
        question_ids text[],
        include_transcripts boolean NOT NULL DEFAULT true,
        provider text NOT NULL,
        model text,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
        progress double precision NOT NULL DEFAULT 0,
        error text,
        message text,
        theme_count int NOT NULL DEFAULT 0,
        suggestion_count int NOT NULL DEFAULT 0,
        tokens_in int NOT NULL DEFAULT 0,
        tokens_out int NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Set with every progress report: an active run that stops beating was lost and no longer blocks a new one.
        heartbeat_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX theme_run_study_idx ON theme_run (study_id, created_at DESC);
      -- One active discovery per study: two at once would race to propose the same themes.
      CREATE UNIQUE INDEX theme_run_active_key ON theme_run (study_id) WHERE status IN ('QUEUED', 'RUNNING');

      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        -- The latest run that proposed it.
        run_id uuid REFERENCES theme_run(id) ON DELETE SET NULL,
        -- Deleting the code (deleteCode, mergeCodes) removes the theme with it.
        code_id uuid NOT NULL UNIQUE REFERENCES code(id) ON DELETE CASCADE,
        label text NOT NULL,
        description text,
        keyphrases text[] NOT NULL DEFAULT '{}',
        -- The question the theme was found in, or 'TRANSCRIPTS'.
        source_scope text NOT NULL,
        survey_id uuid,
        unit_count int NOT NULL DEFAULT 0,
        -- Stable across re-runs on the same text (scope + the engine's own label), so a re-run updates rather than duplicates.
        theme_key text NOT NULL,
        -- Keys of themes merged into this one: a re-run that finds them again adds to this theme.
        merged_keys text[] NOT NULL DEFAULT '{}',
        -- Highlights the last acceptTheme accepted, for undoAcceptTheme.
        accepted_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (study_id, theme_key)
      );
      CREATE INDEX theme_run_idx ON theme (run_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE theme, theme_run');
  }
}
