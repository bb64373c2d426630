import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing mail (issue 15): the outbox of libs/mail. A row is written in the caller's transaction
 * with its delivery job; the worker claims it (`claimed_until`), sends it over SMTP and marks it
 * SENT right after the server accepted it, or schedules a retry (`next_attempt_at`), or FAILED.
 */
export class MailOutbox1764300010000 implements MigrationInterface {
  name = 'MailOutbox1764300010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL,
        ref_id text,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        note text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mail_outbox_ref_idx ON mail_outbox (category, ref_id, created_at DESC) WHERE ref_id IS NOT NULL;
      CREATE INDEX mail_outbox_queued_idx ON mail_outbox (next_attempt_at) WHERE status = 'QUEUED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE mail_outbox');
  }
}
