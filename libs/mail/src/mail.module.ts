import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDeliveryReader } from './data/mail-delivery.reader';
import { MAIL_ENTITIES } from './data/mail.entities';
import { MailOutboxRepository } from './data/mail-outbox.repository';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailService } from './data/mail.service';
import { MAIL_SETTINGS, type MailSettings } from './mail.tokens';
import type { MailLog } from './outgoing-mail';

export interface MailModuleOptions {
  /** `smtp://user:pass@host:587`, `smtps://…`; unset: mails go to the log and `enabled` is false. */
  smtpUrl?: string | null;
  /** The From header (MAIL_FROM). */
  from: string;
  /** The app's `JobsModule.forRoot(...)`: delivery is a job. */
  jobs: DynamicModule;
  log: MailLog;
  /** Delivery attempts before FAILED (default 6). */
  maxAttempts?: number;
  /** Delay before each retry, the last one repeating (default 1 min, 5 min, 15 min, 1 h, 3 h). */
  retryDelaysMs?: number[];
  /** Mails one worker process delivers at the same time (default 3). */
  concurrency?: number;
  /** SMTP timeouts (defaults: 10 s to connect, 10 s for the greeting, 30 s per command). */
  timeoutsMs?: Partial<MailSettings['timeoutsMs']>;
}

/**
 * Outgoing mail: the outbox (`mail_outbox`), its delivery job over SMTP and the delivery status.
 * The app calls forRoot once and hands the module to every module that sends mail.
 */
@Module({})
export class MailModule {
  static forRoot(opts: MailModuleOptions): DynamicModule {
    const settings: MailSettings = {
      smtpUrl: opts.smtpUrl || null,
      from: opts.from,
      log: opts.log,
      maxAttempts: opts.maxAttempts ?? 6,
      concurrency: opts.concurrency ?? 3,
      retryDelaysMs: opts.retryDelaysMs ?? [60_000, 300_000, 900_000, 3_600_000, 10_800_000],
      timeoutsMs: { connection: 10_000, greeting: 10_000, socket: 30_000, ...opts.timeoutsMs },
    };
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature(MAIL_ENTITIES), opts.jobs],
      providers: [
        { provide: MAIL_SETTINGS, useValue: settings },
        MailOutboxRepository,
        MailDeliveryReader,
        MailService,
        MailDeliveryWorker,
      ],
      exports: [MailService, MailDeliveryReader],
    };
  }
}
