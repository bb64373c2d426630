import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback messages are coded like transcript turns (issue 17): `highlight` gets a `message_id`
 * (a `feedback_message`, deleted with it) and the source type FEEDBACK_MESSAGE. The two CHECKs
 * that named the source types (created unnamed in 1764300002000, so found by their definition)
 * are replaced by named ones, and the one-span-per-coder key gains the message.
 */
export class HighlightFeedback1764300019000 implements MigrationInterface {
  name = 'HighlightFeedback1764300019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE c record;
      BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'highlight'::regclass AND contype = 'c'
                    AND pg_get_constraintdef(oid) LIKE '%source_type%'
        LOOP
          EXECUTE format('ALTER TABLE highlight DROP CONSTRAINT %I', c.conname);
        END LOOP;
      END $$;
      ALTER TABLE highlight ADD COLUMN message_id uuid REFERENCES feedback_message(id) ON DELETE CASCADE;
      ALTER TABLE highlight ADD CONSTRAINT highlight_source_type_known
        CHECK (source_type IN ('TRANSCRIPT_SEGMENT', 'SURVEY_ANSWER', 'FEEDBACK_MESSAGE'));
      ALTER TABLE highlight ADD CONSTRAINT highlight_source_ids
        CHECK ((source_type = 'TRANSCRIPT_SEGMENT' AND segment_id IS NOT NULL) OR
               (source_type = 'SURVEY_ANSWER' AND response_id IS NOT NULL AND question_id IS NOT NULL) OR
               (source_type = 'FEEDBACK_MESSAGE' AND message_id IS NOT NULL));
      DROP INDEX highlight_span_key;
      CREATE UNIQUE INDEX highlight_span_key ON highlight
        (code_id, coder, source_type, COALESCE(segment_id::text, ''), COALESCE(response_id::text, ''), COALESCE(question_id, ''),
         COALESCE(message_id::text, ''), start_offset, end_offset);
      CREATE INDEX highlight_message_idx ON highlight (message_id) WHERE message_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM highlight WHERE source_type = 'FEEDBACK_MESSAGE';
      DROP INDEX highlight_message_idx;
      DROP INDEX highlight_span_key;
      CREATE UNIQUE INDEX highlight_span_key ON highlight
        (code_id, coder, source_type, COALESCE(segment_id::text, ''), COALESCE(response_id::text, ''), COALESCE(question_id, ''), start_offset, end_offset);
      ALTER TABLE highlight DROP CONSTRAINT highlight_source_ids, DROP CONSTRAINT highlight_source_type_known;
      ALTER TABLE highlight DROP COLUMN message_id;
      ALTER TABLE highlight ADD CHECK (source_type IN ('TRANSCRIPT_SEGMENT', 'SURVEY_ANSWER'));
      ALTER TABLE highlight ADD CHECK ((source_type = 'TRANSCRIPT_SEGMENT' AND segment_id IS NOT NULL) OR
               (source_type = 'SURVEY_ANSWER' AND response_id IS NOT NULL AND question_id IS NOT NULL));
    `);
  }
}
