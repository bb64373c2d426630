import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review workflow (issue 15): the reviewers named when a version was submitted
 * (`persona_version.reviewers`, empty when nobody was named) and a visible
 * "changes requested" state (`persona.changes_requested`, set by REQUEST_CHANGES and
 * cleared by the next submit). Existing drafts whose last review asked for changes,
 * with no submit after it, are marked.
 */
export class PersonaReview1764300012000 implements MigrationInterface {
  name = 'PersonaReview1764300012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persona_version ADD COLUMN reviewers uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE persona ADD COLUMN changes_requested boolean NOT NULL DEFAULT false;
      UPDATE persona p SET changes_requested = true
        FROM (SELECT DISTINCT ON (persona_id) persona_id, decision, created_at
                FROM review ORDER BY persona_id, created_at DESC, id DESC) r
       WHERE r.persona_id = p.id AND r.decision = 'REQUEST_CHANGES' AND p.status = 'DRAFT'
         AND NOT EXISTS (SELECT 1 FROM audit_event e
                          WHERE e.persona_id = p.id AND e.action = 'SUBMIT' AND e.created_at > r.created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persona DROP COLUMN changes_requested;
      ALTER TABLE persona_version DROP COLUMN reviewers;
    `);
  }
}
