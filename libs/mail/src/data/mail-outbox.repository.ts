import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JobDb } from '@persona-lab/db';
import type { EntityManager, Repository } from 'typeorm';
import type { OutgoingMail } from '../outgoing-mail';
import { MailOutboxEntity } from './mail-outbox.entity';

/**
 * Once a mail is SENT or FAILED its bodies and headers are no longer needed: they are emptied, so the
 * table does not keep the links of past mails (password reset, invitation and unsubscribe tokens).
 */
const FORGET_CONTENT = `text_body = '', html_body = '', headers = '{}'`;

/** A row the worker claimed for one delivery attempt. */
export interface ClaimedMail {
  id: string;
  category: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  attempts: number;
}

/** The only code that reads or writes `mail_outbox`. */
@Injectable()
export class MailOutboxRepository {
  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
  ) {}

  /**
   * Inserts the mail and runs `queue(db)` on the same connection (the caller's transaction when a
   * manager is given, else a new one): the row and its delivery job commit or roll back together.
   */
  async insert(
    mail: OutgoingMail,
    queue: (id: string, db: JobDb) => Promise<unknown>,
    manager?: EntityManager,
  ): Promise<string> {
    const run = async (m: EntityManager): Promise<string> => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO mail_outbox (category, ref_id, to_address, subject, text_body, html_body, headers)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          mail.category,
          mail.refId ?? null,
          mail.to,
          mail.subject,
          mail.text,
          mail.html,
          JSON.stringify(mail.headers ?? {}),
        ],
      );
      const id = rows[0].id;
      await queue(id, jobDb(m));
      return id;
    };
    return manager?.queryRunner?.isTransactionActive
      ? run(manager)
      : (manager ?? this.repo.manager).transaction(run);
  }

  /**
   * Claims a due QUEUED row for one attempt (counted now, so a crash mid-send still uses up an attempt):
   * nobody else takes it until `leaseSeconds` pass. Null when it is sent, failed, not due or held.
   */
  async claim(id: string, leaseSeconds: number): Promise<ClaimedMail | null> {
    const rows = returned<ClaimedMail>(
      await this.repo.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'QUEUED' AND next_attempt_at <= now() + interval '1 second'
          AND (claimed_until IS NULL OR claimed_until < now())
       RETURNING id, category, to_address AS "toAddress", subject, text_body AS "textBody", html_body AS "htmlBody", headers, attempts`,
        [id, leaseSeconds],
      ),
    );
    return rows[0] ?? null;
  }

  async markSent(id: string, note: string | null = null): Promise<void> {
    await this.repo.query(
      `UPDATE mail_outbox SET status = 'SENT', sent_at = now(), claimed_until = NULL, last_error = NULL, note = $2, ${FORGET_CONTENT}
        WHERE id = $1 AND status = 'QUEUED'`,
      [id, note],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.repo.query(
      `UPDATE mail_outbox SET status = 'FAILED', claimed_until = NULL, last_error = $2, ${FORGET_CONTENT} WHERE id = $1 AND status = 'QUEUED'`,
      [id, error],
    );
  }

  /** Keeps the row QUEUED with the error, due again after `delayMs`. */
  async scheduleRetry(id: string, error: string, delayMs: number): Promise<Date> {
    const rows = returned<{ next: Date }>(
      await this.repo.query(
        `UPDATE mail_outbox SET claimed_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3)
        WHERE id = $1 AND status = 'QUEUED' RETURNING next_attempt_at AS next`,
        [id, error, delayMs / 1000],
      ),
    );
    return rows[0]?.next ?? new Date(Date.now() + delayMs);
  }

  /** QUEUED rows overdue by `graceSeconds` and not held by a worker: their job was lost (a crash, a failed re-send). */
  async overdue(graceSeconds: number, limit = 500): Promise<string[]> {
    const rows: { id: string }[] = await this.repo.query(
      `SELECT id FROM mail_outbox
        WHERE status = 'QUEUED' AND next_attempt_at < now() - make_interval(secs => $1)
          AND (claimed_until IS NULL OR claimed_until < now())
        ORDER BY next_attempt_at LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((r) => r.id);
  }
}

/** pg-boss's executor over a TypeORM manager's connection (its transaction when it has one). */
function jobDb(manager: EntityManager): JobDb {
  return {
    executeSql: async (text, values) => {
      const runner = manager.queryRunner;
      if (runner) {
        const client = (await runner.connect()) as {
          query(t: string, v: unknown[]): Promise<{ rows: unknown[] }>;
        };
        return client.query(text, values);
      }
      return { rows: await manager.query(text, values) };
    },
  };
}

/** TypeORM answers an UPDATE … RETURNING with `[rows, rowCount]`, a SELECT or INSERT with the rows. */
function returned<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];
}
