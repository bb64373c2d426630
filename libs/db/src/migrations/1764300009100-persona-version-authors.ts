import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The four-eyes rule needs every author of a version: whoever wrote a field it keeps (edits
 * carry the earlier authors forward), started the synthesis run that wrote it, or submitted it
 * for review. Existing versions are filled from what was recorded: editors (`created_by`), run
 * starters (`synthesis_run.created_by`) and SUBMIT events, each carried to later versions.
 */
export class PersonaVersionAuthors1764300009100 implements MigrationInterface {
  name = 'PersonaVersionAuthors1764300009100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persona_version ADD COLUMN authors uuid[] NOT NULL DEFAULT '{}';
      WITH contribution AS (
        SELECT v.persona_id, v.version, v.created_by AS user_id
          FROM persona_version v WHERE v.created_by IS NOT NULL
        UNION
        SELECT v.persona_id, v.version, r.created_by
          FROM persona_version v JOIN synthesis_run r ON r.id = v.synthesis_run_id WHERE r.created_by IS NOT NULL
        UNION
        SELECT e.persona_id, e.after_version, e.actor_id
          FROM audit_event e
         WHERE e.action = 'SUBMIT' AND e.persona_id IS NOT NULL AND e.actor_id IS NOT NULL AND e.after_version IS NOT NULL
      ), carried AS (
        SELECT v.persona_id, v.version, array_agg(DISTINCT c.user_id) AS authors
          FROM persona_version v
          JOIN contribution c ON c.persona_id = v.persona_id AND c.version <= v.version
         GROUP BY v.persona_id, v.version
      )
      UPDATE persona_version v SET authors = carried.authors
        FROM carried WHERE carried.persona_id = v.persona_id AND carried.version = v.version;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE persona_version DROP COLUMN authors');
  }
}
