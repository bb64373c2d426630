import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@persona-lab/db';
import { createTransport } from 'nodemailer';
import { type ClaimedMail, MailOutboxRepository } from './data/mail-outbox.repository';
import { MAIL_DELIVERY_JOB, MAIL_SETTINGS, MAIL_SWEEP_JOB, type MailSettings } from './mail.tokens';

type Transport = ReturnType<typeof createTransport>;

/** The outcome of one SMTP attempt, as a short sentence without addresses. */
export interface SmtpFailure {
  permanent: boolean;
  message: string;
}

/**
 * Delivers outbox rows (worker processes only). Each attempt claims the row first, so a duplicate
 * job is a no-op; the row is SENT right after the server accepted the message, so a later retry
 * never sends it again. Transient errors (4xx, timeouts, refused connections) retry with backoff;
 * a 5xx or the last attempt makes it FAILED with the reason kept.
 */
@Injectable()
export class MailDeliveryWorker implements OnModuleInit, OnApplicationShutdown {
  private transport: Transport | null = null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly queue: JobQueue,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async onModuleInit(): Promise<void> {
    // A few deliveries at a time per worker process, so one slow server does not hold up every mail.
    for (let i = 0; i < this.settings.concurrency; i++)
      await this.queue.work<{ mailId: string }>(MAIL_DELIVERY_JOB, ({ mailId }) =>
        this.deliver(mailId),
      );
    await this.queue.schedule(MAIL_SWEEP_JOB, '* * * * *', () =>
      this.sweep().then(() => undefined),
    );
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** One delivery attempt of one mail; idempotent on the outbox id. */
  async deliver(mailId: string): Promise<void> {
    const { log, smtpUrl } = this.settings;
    const mail = await this.outbox.claim(mailId, this.leaseSeconds());
    if (!mail) return;
    if (!smtpUrl) {
      // Development without SMTP: the id, category and subject only — never the address or the body.
      log.info(
        { mailId, category: mail.category, subject: mail.subject },
        'Mail not sent (SMTP_URL is not set): logged instead',
      );
      await this.outbox.markSent(mailId, 'SMTP_URL is not set: written to the log, not sent');
      return;
    }
    let failure: SmtpFailure | null = null;
    try {
      await this.send(mail);
    } catch (error) {
      failure = describeSmtpError(error);
    }
    if (!failure) {
      // Accepted: the row must say so before anything can retry it (a brief database hiccup is retried here).
      await retried(() => this.outbox.markSent(mailId));
      log.info({ mailId, category: mail.category, attempt: mail.attempts }, 'Mail sent');
      return;
    }
    if (failure.permanent || mail.attempts >= this.settings.maxAttempts) {
      await this.outbox.markFailed(mailId, failure.message);
      log.warn(
        { mailId, category: mail.category, attempt: mail.attempts, reason: failure.message },
        'Mail failed',
      );
      return;
    }
    const delays = this.settings.retryDelaysMs;
    const delayMs = delays[Math.min(mail.attempts - 1, delays.length - 1)] ?? 60_000;
    const startAfter = await this.outbox.scheduleRetry(mailId, failure.message, delayMs);
    log.warn(
      {
        mailId,
        category: mail.category,
        attempt: mail.attempts,
        retryInMs: delayMs,
        reason: failure.message,
      },
      'Mail delivery will be retried',
    );
    // If this send is lost (a crash, the database away) the sweep re-queues the row.
    await this.queue.send(MAIL_DELIVERY_JOB, { mailId }, { startAfter });
  }

  /** Re-queues QUEUED rows whose job was lost (overdue and not held by a worker); returns how many. */
  async sweep(graceSeconds = 60): Promise<number> {
    const ids = await this.outbox.overdue(graceSeconds);
    for (const mailId of ids) await this.queue.send(MAIL_DELIVERY_JOB, { mailId });
    if (ids.length) this.settings.log.warn({ count: ids.length }, 'Re-queued overdue mails');
    return ids.length;
  }

  private async send(mail: ClaimedMail): Promise<void> {
    this.transport ??= createTransport({
      url: this.settings.smtpUrl!,
      connectionTimeout: this.settings.timeoutsMs.connection,
      greetingTimeout: this.settings.timeoutsMs.greeting,
      socketTimeout: this.settings.timeoutsMs.socket,
    });
    await this.transport.sendMail({
      from: this.settings.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      headers: mail.headers,
      // The outbox id in the Message-ID lets receivers drop a duplicate after a crash right after acceptance.
      messageId: `<${mail.id}@${domainOf(this.settings.from)}>`,
    });
  }

  /** How long a claimed row is held: longer than one attempt can take. */
  private leaseSeconds(): number {
    const t = this.settings.timeoutsMs;
    return Math.ceil((t.connection + t.greeting + 4 * t.socket) / 1000) + 30;
  }
}

async function retried(fn: () => Promise<void>, tries = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((r) => setTimeout(r, 500 * i));
    }
  }
}

function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}

const TRANSIENT_NETWORK: Record<string, string> = {
  ECONNREFUSED: 'The mail server refused the connection.',
  ECONNRESET: 'The mail server closed the connection.',
  ETIMEDOUT: 'The mail server did not answer in time.',
  EHOSTUNREACH: 'The mail server could not be reached.',
  ENOTFOUND: 'The mail server host name could not be resolved.',
  EAI_AGAIN: 'The mail server host name could not be resolved.',
};

/** Classifies an SMTP error: 5xx answers are permanent, everything else (4xx, network, timeouts, auth) is retried. */
export function describeSmtpError(error: unknown): SmtpFailure {
  const e = (error ?? {}) as {
    responseCode?: number;
    response?: string;
    code?: string;
    errno?: string;
    message?: string;
  };
  if (typeof e.responseCode === 'number') {
    const reply = scrub(String(e.response ?? '').replace(/^\d{3}[\s-]*/, ''));
    const message = truncate(
      `The mail server answered ${e.responseCode}${reply ? `: ${reply}` : '.'}`,
    );
    return { permanent: e.responseCode >= 500 && e.code !== 'EAUTH', message };
  }
  if (e.code === 'EENVELOPE')
    return {
      permanent: true,
      message: 'The sender or recipient address was refused before sending.',
    };
  const sysCode = /\b(E[A-Z_]+)\b/.exec(String(e.message ?? ''))?.[1];
  const known = TRANSIENT_NETWORK[e.errno ?? ''] ?? TRANSIENT_NETWORK[sysCode ?? ''];
  if (known) return { permanent: false, message: known };
  if (e.code === 'ETIMEDOUT') return { permanent: false, message: TRANSIENT_NETWORK.ETIMEDOUT };
  return {
    permanent: false,
    message: truncate(`Could not deliver to the mail server (${e.code ?? 'unknown error'}).`),
  };
}

/** Addresses out of a server's reply: the error is kept and logged. */
function scrub(text: string): string {
  return text
    .replace(/<?[^\s<>@]+@[^\s<>]+>?/g, '<address>')
    .replace(/\s+/g, ' ')
    .trim();
}

function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
