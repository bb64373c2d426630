import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback sources and customer identity (issue 17, part 1).
 *
 * - `participant_key` (owned by libs/studies): a customer identifier of a study, only ever as its
 *   salted hash (HMAC-SHA256 with the app's customer-key secret, see libs/privacy/customer-key.ts),
 *   linked to one participant. A survey's hidden `customer_id`, an interview's `customerId` and a
 *   support conversation's requester with the same identifier meet on the same row.
 * - `feedback_import`, `feedback_conversation`, `feedback_message` (owned by libs/feedback): an
 *   upload with its progress and counts, its conversations (tickets, chats, reviews, free-form
 *   feedback) and their messages. A message's text is immutable source text (a trigger refuses a
 *   change), searchable like a transcript turn (`search_tsv`, english, GIN).
 */
export class Feedback1764300018000 implements MigrationInterface {
  name = 'Feedback1764300018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participant_key (
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        key_hash text NOT NULL,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (study_id, key_hash)
      );
      CREATE INDEX participant_key_participant_idx ON participant_key (participant_id);

      CREATE TABLE feedback_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SUPPORT', 'REVIEW', 'FEEDBACK')),
        format text NOT NULL,
        file_name text NOT NULL,
        content_hash text,
        status text NOT NULL DEFAULT 'RECEIVING' CHECK (status IN ('RECEIVING', 'DONE', 'FAILED')),
        bytes_total bigint,
        bytes_read bigint NOT NULL DEFAULT 0,
        rows_read integer NOT NULL DEFAULT 0,
        mapping jsonb,
        conversation_count integer NOT NULL DEFAULT 0,
        message_count integer NOT NULL DEFAULT 0,
        empty_dropped integer NOT NULL DEFAULT 0,
        dates_unparsed integer NOT NULL DEFAULT 0,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        error text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (study_id, content_hash)
      );
      CREATE INDEX feedback_import_study_idx ON feedback_import (study_id, created_at);

      CREATE TABLE feedback_conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        import_id uuid NOT NULL REFERENCES feedback_import(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SUPPORT', 'REVIEW', 'FEEDBACK')),
        external_id text,
        title text NOT NULL,
        rating smallint,
        created_at timestamptz,
        participant_id uuid REFERENCES participant(id) ON DELETE SET NULL,
        customer_key_hash text,
        UNIQUE (import_id, position)
      );
      CREATE INDEX feedback_conversation_study_idx ON feedback_conversation (study_id, kind, created_at);
      CREATE INDEX feedback_conversation_participant_idx ON feedback_conversation (participant_id);

      CREATE TABLE feedback_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES feedback_conversation(id) ON DELETE CASCADE,
        study_id uuid NOT NULL REFERENCES study(id) ON DELETE CASCADE,
        index integer NOT NULL,
        role text NOT NULL CHECK (role IN ('CUSTOMER', 'AGENT')),
        text text NOT NULL,
        sent_at timestamptz,
        search_tsv tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED,
        UNIQUE (conversation_id, index)
      );
      CREATE INDEX feedback_message_study_idx ON feedback_message (study_id) WHERE role = 'CUSTOMER';
      CREATE INDEX feedback_message_search_idx ON feedback_message USING gin (search_tsv);

      -- Source text never changes once imported: evidence quotes and highlight offsets point into it.
      CREATE FUNCTION feedback_message_text_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'feedback_message.text is immutable';
      END $fn$;
      CREATE TRIGGER feedback_message_text_immutable BEFORE UPDATE OF text ON feedback_message
        FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION feedback_message_text_immutable();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE feedback_message;
      DROP FUNCTION feedback_message_text_immutable();
      DROP TABLE feedback_conversation;
      DROP TABLE feedback_import;
      DROP TABLE participant_key;
    `);
  }
}
