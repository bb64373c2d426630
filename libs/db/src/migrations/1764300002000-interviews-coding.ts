import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Interviews and their transcript segments; codebook, highlights and coding runs. */
export class InterviewsCoding1764300002000 implements MigrationInterface {
  name = 'InterviewsCoding1764300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interview (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        title text NOT NULL,
        format text NOT NULL,
        conducted_at timestamptz,
        interviewer_speakers text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX interview_study_idx ON interview (study_id);

      -- Source text never changes after import, so highlight and evidence offsets stay valid.
      CREATE TABLE transcript_segment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        interview_id uuid NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        index int NOT NULL,
        speaker text,
        start_ms int,
        end_ms int,
        text text NOT NULL,
        is_interviewer boolean NOT NULL DEFAULT false,
        UNIQUE (interview_id, index)
      );

      CREATE TABLE code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES code(id) ON DELETE SET NULL,
        name text NOT NULL,
        description text,
        category text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX code_study_name_key ON code (study_id, lower(name));

      CREATE TABLE highlight (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        code_id uuid NOT NULL REFERENCES code(id) ON DELETE CASCADE,
        source_type text NOT NULL CHECK (source_type IN ('TRANSCRIPT_SEGMENT', 'SURVEY_ANSWER')),
        segment_id uuid REFERENCES transcript_segment(id) ON DELETE CASCADE,
        response_id uuid REFERENCES response(id) ON DELETE CASCADE,
        question_id text,
        start_offset int NOT NULL CHECK (start_offset >= 0),
        end_offset int NOT NULL CHECK (end_offset > start_offset),
        text text NOT NULL,
        status text NOT NULL CHECK (status IN ('SUGGESTED', 'ACCEPTED', 'REJECTED')),
        coder text NOT NULL,
        confidence double precision,
        coding_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source_type = 'TRANSCRIPT_SEGMENT' AND segment_id IS NOT NULL) OR
               (source_type = 'SURVEY_ANSWER' AND response_id IS NOT NULL AND question_id IS NOT NULL))
      );
      CREATE INDEX highlight_study_idx ON highlight (study_id, status);
      CREATE INDEX highlight_code_idx ON highlight (code_id);
      -- One coder applies a code to the same span once; retried suggestion jobs cannot duplicate.
      CREATE UNIQUE INDEX highlight_span_key ON highlight
        (code_id, coder, source_type, COALESCE(segment_id::text, ''), COALESCE(response_id::text, ''), COALESCE(question_id, ''), start_offset, end_offset);

      CREATE TABLE coding_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED',
        progress double precision NOT NULL DEFAULT 0,
        error text,
        provider text NOT NULL,
        model text,
        suggestions int NOT NULL DEFAULT 0,
        tokens_in int NOT NULL DEFAULT 0,
        tokens_out int NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE coding_run, highlight, code, transcript_segment, interview');
  }
}
