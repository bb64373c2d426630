import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@persona-lab/db';
import { badInput } from '@persona-lab/errors';
import type { EntityManager } from 'typeorm';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MAIL_DELIVERY_JOB, MAIL_SETTINGS, type MailSettings } from '../mail.tokens';
import type { OutgoingMail } from '../outgoing-mail';

const ONE_ADDRESS = /^[^\s@,;:<>()"\\[\]]+@[^\s@,;:<>()"\\[\]]+\.[^\s@,;:<>()"\\[\]]+$/;

/** Queues outgoing mail (the outbox writer other libs call in their transactions). Enqueueing only writes rows: it never talks to the SMTP server. */
@Injectable()
export class MailService implements OnModuleInit {
  /** SMTP_URL is set: mails really leave (otherwise they are written to the log, and the UI says email is off). */
  readonly enabled: boolean;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly queue: JobQueue,
    @Inject(MAIL_SETTINGS) settings: MailSettings,
  ) {
    this.enabled = settings.smtpUrl !== null;
  }

  async onModuleInit(): Promise<void> {
    // The queue exists before the first enqueue, so sending a job inside a caller's transaction only inserts a row.
    await this.queue.prepare(MAIL_DELIVERY_JOB);
  }

  /**
   * Writes the mail to the outbox in the caller's transaction (pass its EntityManager) with its
   * delivery job, so both exist only if the transaction commits; returns the mail id.
   */
  async enqueue(mail: OutgoingMail, manager?: EntityManager): Promise<string> {
    // One recipient per mail, and nothing that could add a header or a recipient (callers check addresses first).
    if (!ONE_ADDRESS.test(mail.to)) throw badInput('The email address is not valid.');
    for (const [name, value] of Object.entries({ subject: mail.subject, ...mail.headers })) {
      if (/[\r\n]/.test(value) || /[\s:]/.test(name))
        throw badInput(`The mail's ${name} must be one line.`);
    }
    return this.outbox.insert(
      mail,
      (mailId, db) => this.queue.send(MAIL_DELIVERY_JOB, { mailId }, { db }),
      manager,
    );
  }
}
