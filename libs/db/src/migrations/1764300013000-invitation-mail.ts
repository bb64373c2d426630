import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey invitations by email: each invitation remembers its mails (the newest one's id, when
 * it was enqueued, how many reminders went), its reminder settings (those of the batch that
 * sent it), when its link was first opened and whether its address unsubscribed from the
 * survey. The unsubscribe token is separate from the answer link's token. Nothing here ties an
 * address to a response.
 */
export class InvitationMail1764300013000 implements MigrationInterface {
  name = 'InvitationMail1764300013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invitation
        ADD COLUMN unsubscribe_token text UNIQUE,
        ADD COLUMN reminder_after_days int CHECK (reminder_after_days BETWEEN 1 AND 365),
        ADD COLUMN max_reminders int NOT NULL DEFAULT 0 CHECK (max_reminders BETWEEN 0 AND 5),
        ADD COLUMN reminders_sent int NOT NULL DEFAULT 0,
        ADD COLUMN last_mail_id text,
        ADD COLUMN last_mailed_at timestamptz,
        ADD COLUMN opened_at timestamptz,
        ADD COLUMN unsubscribed_at timestamptz;
      CREATE INDEX invitation_reminder_due_idx ON invitation (last_mailed_at)
        WHERE reminders_sent < max_reminders AND unsubscribed_at IS NULL AND status <> 'COMPLETED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX invitation_reminder_due_idx;
      ALTER TABLE invitation
        DROP COLUMN unsubscribe_token, DROP COLUMN reminder_after_days, DROP COLUMN max_reminders,
        DROP COLUMN reminders_sent, DROP COLUMN last_mail_id, DROP COLUMN last_mailed_at,
        DROP COLUMN opened_at, DROP COLUMN unsubscribed_at;
    `);
  }
}
