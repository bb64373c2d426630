import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Participants, surveys, frozen survey versions, invitations and responses. */
export class Surveys1764300001000 implements MigrationInterface {
  name = 'Surveys1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        label text NOT NULL,
        attributes jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (study_id, label)
      );

      CREATE TABLE survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
        slug text NOT NULL UNIQUE,
        version int NOT NULL DEFAULT 1,
        definition jsonb NOT NULL,
        anonymous boolean NOT NULL DEFAULT false,
        closes_at timestamptz,
        response_limit int CHECK (response_limit > 0),
        one_question_per_screen boolean NOT NULL DEFAULT true,
        unpublished_changes boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX survey_study_idx ON survey (study_id);

      CREATE TABLE survey_version (
        survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        version int NOT NULL,
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (survey_id, version)
      );

      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        email text NOT NULL,
        token text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'STARTED', 'COMPLETED')),
        client_response_id text,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invitation_survey_idx ON invitation (survey_id);

      CREATE TABLE response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
        client_response_id text NOT NULL,
        survey_version int NOT NULL,
        complete boolean NOT NULL DEFAULT false,
        answers jsonb NOT NULL DEFAULT '{}',
        hidden_fields jsonb,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        invitation_id uuid REFERENCES invitation(id) ON DELETE SET NULL,
        ip text,
        user_agent text,
        started_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT response_client_id_key UNIQUE (survey_id, client_response_id)
      );
      CREATE INDEX response_results_idx ON response (survey_id, submitted_at DESC, id DESC);
      CREATE INDEX response_participant_idx ON response (participant_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE response, invitation, survey_version, survey, participant');
  }
}
