import type { MailLog } from './outgoing-mail';

/** Delivery settings resolved from `MailModule.forRoot`. */
export interface MailSettings {
  smtpUrl: string | null;
  from: string;
  log: MailLog;
  /** Delivery attempts before a mail is FAILED. */
  maxAttempts: number;
  /** Delay before the n-th retry (the last one repeats). */
  retryDelaysMs: number[];
  /** Mails one worker process delivers at the same time. */
  concurrency: number;
  /** SMTP connection, greeting and per-command socket timeouts. */
  timeoutsMs: { connection: number; greeting: number; socket: number };
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** The delivery job (one per outbox row and attempt) and the periodic sweep that re-queues lost ones. */
export const MAIL_DELIVERY_JOB = 'mail-deliver';
export const MAIL_SWEEP_JOB = 'mail-sweep';
