import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search (issue 16, item 8). Every searchable text gets a stored `tsvector` under the
 * `english` configuration (stemming: "pricing" finds "price" and "prices", "frustrated" finds
 * "frustrating"; the app's texts, models and offline synthesis are English) and a GIN index:
 *
 * - `transcript_segment.search_tsv`: the turn's text (interviewer and interviewee turns alike);
 * - `highlight.search_tsv`: the quote; `code.search_tsv`: name (weight A) and description (B);
 * - `persona_version.search_tsv`: name (A), tagline (B), summary and backstory (C), trait texts (D);
 * - `answer_search` (owned by surveys): one row per non-blank answer to an open-text question
 *   (SHORT_TEXT, LONG_TEXT, as the response's own frozen version defines it) of a complete
 *   response. EMAIL answers and choice ids are never indexed. Statement-level triggers on
 *   `response` keep it in step with every write path (group-committed submissions, saves,
 *   imports) in one set-based statement per write; existing responses are backfilled here.
 */
export class Search1764300017000 implements MigrationInterface {
  name = 'Search1764300017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE transcript_segment ADD COLUMN search_tsv tsvector NOT NULL
        GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED;
      CREATE INDEX transcript_segment_search_idx ON transcript_segment USING gin (search_tsv);

      ALTER TABLE highlight ADD COLUMN search_tsv tsvector NOT NULL
        GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED;
      CREATE INDEX highlight_search_idx ON highlight USING gin (search_tsv);

      ALTER TABLE code ADD COLUMN search_tsv tsvector NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, name), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED;
      CREATE INDEX code_search_idx ON code USING gin (search_tsv);

      ALTER TABLE persona_version ADD COLUMN search_tsv tsvector NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(content->>'name', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(content->>'tagline', '')), 'B') ||
        setweight(to_tsvector('english'::regconfig,
          coalesce(content->>'summary', '') || ' ' || coalesce(content->>'backstory', '')), 'C') ||
        setweight(jsonb_to_tsvector('english'::regconfig,
          jsonb_path_query_array(content, '$.traits[*].text'), '["string"]'), 'D')) STORED;
      CREATE INDEX persona_version_search_idx ON persona_version USING gin (search_tsv);

      CREATE TABLE answer_search (
        response_id uuid NOT NULL REFERENCES response(id) ON DELETE CASCADE,
        question_id text NOT NULL,
        survey_id uuid NOT NULL,
        text text NOT NULL,
        search_tsv tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED,
        PRIMARY KEY (response_id, question_id)
      );
      CREATE INDEX answer_search_tsv_idx ON answer_search USING gin (search_tsv);
      CREATE INDEX answer_search_survey_idx ON answer_search (survey_id);

      -- The open-text answers of complete responses among the inserted rows.
      CREATE FUNCTION answer_search_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO answer_search (response_id, question_id, survey_id, text)
        SELECT n.id, qn->>'id', n.survey_id, n.answers->>(qn->>'id')
          FROM new_rows n
          JOIN survey_version v ON v.survey_id = n.survey_id AND v.version = n.survey_version
          CROSS JOIN LATERAL jsonb_array_elements(v.definition->'questions') qn
         WHERE n.complete AND qn->>'type' IN ('SHORT_TEXT', 'LONG_TEXT')
           AND jsonb_typeof(n.answers->(qn->>'id')) = 'string'
           AND btrim(n.answers->>(qn->>'id')) <> '';
        RETURN NULL;
      END $fn$;

      -- Only rows whose answers, completeness or version changed are indexed again.
      CREATE FUNCTION answer_search_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM answer_search a USING new_rows n, old_rows o
         WHERE a.response_id = n.id AND o.id = n.id
           AND (o.answers IS DISTINCT FROM n.answers OR o.complete <> n.complete OR o.survey_version <> n.survey_version);
        INSERT INTO answer_search (response_id, question_id, survey_id, text)
        SELECT n.id, qn->>'id', n.survey_id, n.answers->>(qn->>'id')
          FROM new_rows n
          JOIN old_rows o ON o.id = n.id
          JOIN survey_version v ON v.survey_id = n.survey_id AND v.version = n.survey_version
          CROSS JOIN LATERAL jsonb_array_elements(v.definition->'questions') qn
         WHERE (o.answers IS DISTINCT FROM n.answers OR o.complete <> n.complete OR o.survey_version <> n.survey_version)
           AND n.complete AND qn->>'type' IN ('SHORT_TEXT', 'LONG_TEXT')
           AND jsonb_typeof(n.answers->(qn->>'id')) = 'string'
           AND btrim(n.answers->>(qn->>'id')) <> '';
        RETURN NULL;
      END $fn$;

      CREATE TRIGGER response_answer_search_insert AFTER INSERT ON response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION answer_search_insert();
      CREATE TRIGGER response_answer_search_update AFTER UPDATE ON response
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION answer_search_update();

      INSERT INTO answer_search (response_id, question_id, survey_id, text)
      SELECT r.id, qn->>'id', r.survey_id, r.answers->>(qn->>'id')
        FROM response r
        JOIN survey_version v ON v.survey_id = r.survey_id AND v.version = r.survey_version
        CROSS JOIN LATERAL jsonb_array_elements(v.definition->'questions') qn
       WHERE r.complete AND qn->>'type' IN ('SHORT_TEXT', 'LONG_TEXT')
         AND jsonb_typeof(r.answers->(qn->>'id')) = 'string'
         AND btrim(r.answers->>(qn->>'id')) <> '';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER response_answer_search_update ON response;
      DROP TRIGGER response_answer_search_insert ON response;
      DROP FUNCTION answer_search_update();
      DROP FUNCTION answer_search_insert();
      DROP TABLE answer_search;
      ALTER TABLE persona_version DROP COLUMN search_tsv;
      ALTER TABLE code DROP COLUMN search_tsv;
      ALTER TABLE highlight DROP COLUMN search_tsv;
      ALTER TABLE transcript_segment DROP COLUMN search_tsv;
    `);
  }
}
