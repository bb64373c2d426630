import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How well each member fits its persona, and the lookups that list members' interviews. */
export class PersonaMembers1764300006000 implements MigrationInterface {
  name = 'PersonaMembers1764300006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Engine participant id (p:<participant>, r:<response>, i:<interview>) → fit 0..1; {} when synthesis did not say.
      ALTER TABLE persona ADD COLUMN member_fit jsonb NOT NULL DEFAULT '{}';
      -- A persona's members list their interviews by participant.
      CREATE INDEX interview_participant_idx ON interview (participant_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX interview_participant_idx; ALTER TABLE persona DROP COLUMN member_fit');
  }
}
