import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An interview's customer identifier (issue 17): only the study's salted hash of it, the same hash
 * `participant_key` holds, so the interview shows "Customer 3f9a1c" and joins that customer's
 * participant. The raw identifier is never stored.
 */
export class InterviewCustomer1764300025000 implements MigrationInterface {
  name = 'InterviewCustomer1764300025000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE interview ADD COLUMN customer_key_hash text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE interview DROP COLUMN customer_key_hash`);
  }
}
