import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule, dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryReader, MailModule, MailService, type OutgoingMail, renderMail } from '../src';
import { MailDeliveryWorker } from '../src/mail-delivery.worker';
import { type TestSmtp, startTestSmtp, unusedSmtpUrl } from './index';

// The mail lib on the real database and a real SMTP server in this process: delivery is a pg-boss
// job of a worker, retried with short delays configured through MailModule.forRoot.

const FROM = 'Persona Lab <no-reply@persona-lab.test>';

interface Harness {
  ctx: INestApplicationContext;
  mail: MailService;
  reader: MailDeliveryReader;
  worker: MailDeliveryWorker;
  ds: DataSource;
  logs: string[];
}

async function startMail(
  db: TestDatabase,
  smtpUrl: string | undefined,
  opts: { maxAttempts?: number } = {},
): Promise<Harness> {
  const logs: string[] = [];
  const capture = (level: string) => (obj: object, msg: string) =>
    logs.push(JSON.stringify({ level, msg, ...obj }));
  const jobs = JobsModule.forRoot({ url: db.url, runsWorkers: true, expireSeconds: 30 });
  @Module({
    imports: [
      TypeOrmModule.forRoot(dataSourceOptions(db.url, 5)),
      MailModule.forRoot({
        smtpUrl,
        from: FROM,
        jobs,
        log: { info: capture('info'), warn: capture('warn') },
        maxAttempts: opts.maxAttempts ?? 3,
        retryDelaysMs: [200, 400],
        timeoutsMs: { connection: 1_000, greeting: 1_000, socket: 2_000 },
      }),
    ],
  })
  class TestMailApp {}
  const ctx = await NestFactory.createApplicationContext(TestMailApp, { logger: false });
  await ctx.init();
  return {
    ctx,
    mail: ctx.get(MailService),
    reader: ctx.get(MailDeliveryReader),
    worker: ctx.get(MailDeliveryWorker),
    ds: ctx.get(DataSource),
    logs,
  };
}

let seq = 0;
function aMail(over: Partial<OutgoingMail> = {}): OutgoingMail {
  const n = ++seq;
  const body = renderMail({
    heading: `Invitation ${n}`,
    paragraphs: [`Secret body line ${n} & <b>not bold</b>`],
    action: { label: 'Open the survey', url: `http://localhost:3000/s/token-${n}` },
    footer: 'You got this because a researcher invited you.',
  });
  return {
    to: `respondent${n}@example.org`,
    subject: `Survey invitation ${n}`,
    category: 'survey-invitation',
    refId: `inv-${n}`,
    ...body,
    ...over,
  };
}

async function until<T>(
  fn: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function statusOf(h: Harness, mail: OutgoingMail) {
  return (await h.reader.byRef(mail.category, [mail.refId!])).get(mail.refId!);
}

function expectNoPersonalData(logs: string[], mails: OutgoingMail[]) {
  const all = logs.join('\n');
  for (const m of mails) {
    expect(all).not.toContain(m.to);
    expect(all).not.toContain('Secret body line');
    expect(all).not.toContain(m.text.slice(0, 30));
  }
}

describe('mail delivery over SMTP', () => {
  let db: TestDatabase;
  let smtp: TestSmtp;
  let h: Harness;
  const sent: OutgoingMail[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startTestSmtp();
    h = await startMail(db, smtp.url);
  });
  afterAll(async () => {
    await h?.ctx.close();
    await smtp?.close();
    await db?.drop();
  });
  afterEach(() => expectNoPersonalData(h.logs, sent));

  it('is enabled and delivers the text and HTML bodies with the given headers', async () => {
    expect(h.mail.enabled).toBe(true);
    const mail = aMail({
      headers: { 'List-Unsubscribe': '<http://localhost:3000/u/abc>', 'X-Persona-Lab': 'test' },
    });
    sent.push(mail);
    const id = await h.mail.enqueue(mail);
    const got = await smtp.waitFor((m) => m.subject === mail.subject);
    expect(got.to).toBe(mail.to);
    expect(got.from).toBe(FROM);
    expect(got.text.trim()).toBe(mail.text.trim());
    expect(got.text).toContain('Open the survey: http://localhost:3000/s/token-');
    expect(got.html).toContain('Secret body line');
    expect(got.html).toContain('&amp; &lt;b&gt;not bold&lt;/b&gt;');
    expect(got.html).not.toMatch(/<img|<script/i);
    expect(got.headers['list-unsubscribe']).toBe('<http://localhost:3000/u/abc>');
    expect(got.headers['x-persona-lab']).toBe('test');
    expect(got.messageId).toBe(`<${id}@persona-lab.test>`);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s?.status === 'SENT' && s;
    });
    expect(status).toMatchObject({ id, status: 'SENT', attempts: 1, lastError: null });
    // The sent mail's bodies and headers (its links and tokens) are not kept.
    expect(
      await db.query(
        `SELECT text_body, html_body, headers, subject FROM mail_outbox WHERE id = $1`,
        [id],
      ),
    ).toEqual([{ text_body: '', html_body: '', headers: {}, subject: mail.subject }]);
    expect(status.sentAt).toBeInstanceOf(Date);
  });

  it('retries after the server refused with a 4xx and delivers exactly once', async () => {
    smtp.refuse(2, 451);
    const refusedBefore = smtp.refused;
    const mail = aMail();
    sent.push(mail);
    await h.mail.enqueue(mail);
    await smtp.waitFor((m) => m.subject === mail.subject);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s?.status === 'SENT' && s;
    });
    expect(smtp.refused - refusedBefore).toBe(2);
    expect(status.attempts).toBe(3);
    // Any job left over (a duplicate, the sweep) finds the row SENT and sends nothing more.
    await h.worker.deliver(status.id);
    await h.worker.sweep(0);
    await new Promise((r) => setTimeout(r, 800));
    expect(smtp.messages.filter((m) => m.subject === mail.subject)).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('will be retried') && l.includes(status.id))).toBe(true);
  });

  it('marks a mail FAILED with the reason on a permanent 5xx, readable by ref', async () => {
    smtp.refuse(1, 550);
    const mail = aMail();
    sent.push(mail);
    await h.mail.enqueue(mail);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s?.status === 'FAILED' && s;
    });
    expect(status.attempts).toBe(1);
    expect(status.sentAt).toBeNull();
    expect(status.lastError).toMatch(/^The mail server answered 550/);
    expect(status.lastError).not.toContain('\n');
    expect(status.lastError).not.toContain(mail.to);
  });

  it('gives up after the last attempt of transient refusals', async () => {
    smtp.refuse(3, 421);
    const mail = aMail();
    sent.push(mail);
    await h.mail.enqueue(mail);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s?.status === 'FAILED' && s;
    });
    expect(status.attempts).toBe(3);
    expect(status.lastError).toMatch(/^The mail server answered 421/);
  });

  it('sends nothing for a mail enqueued in a transaction that rolls back', async () => {
    const mail = aMail();
    sent.push(mail);
    let rolledBackId = '';
    await expect(
      h.ds.transaction(async (manager) => {
        rolledBackId = await h.mail.enqueue(mail, manager);
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    // The delivery job was written in the same transaction: it is gone with the row.
    const jobsOf = (id: string) =>
      db.query(`SELECT id FROM pgboss.job WHERE name = 'mail-deliver' AND data->>'mailId' = $1`, [
        id,
      ]);
    expect(rolledBackId).not.toBe('');
    expect(await jobsOf(rolledBackId)).toEqual([]);
    // A mail enqueued after it in a committed transaction arrives; the rolled-back one never does.
    const next = aMail();
    sent.push(next);
    const nextId = await h.ds.transaction((manager) => h.mail.enqueue(next, manager));
    expect((await jobsOf(nextId)).length).toBeGreaterThanOrEqual(1);
    await smtp.waitFor((m) => m.subject === next.subject);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.some((m) => m.subject === mail.subject)).toBe(false);
    expect(await statusOf(h, mail)).toBeUndefined();
    expect(await db.query(`SELECT id FROM mail_outbox WHERE ref_id = $1`, [mail.refId])).toEqual(
      [],
    );
  });

  it('delivers a batch enqueued in one transaction, each mail exactly once, by concurrent workers', async () => {
    const batch = Array.from({ length: 12 }, () => aMail({ category: 'survey-reminder' }));
    sent.push(...batch);
    const ids = await h.ds.transaction(async (manager) => {
      const out: string[] = [];
      for (const m of batch) out.push(await h.mail.enqueue(m, manager));
      return out;
    });
    // A duplicate job per mail (as a sweep could queue) changes nothing.
    await Promise.all(ids.map((id) => h.worker.deliver(id)));
    await until(async () => {
      const s = await h.reader.byRef(
        'survey-reminder',
        batch.map((m) => m.refId!),
      );
      return [...s.values()].filter((d) => d.status === 'SENT').length === batch.length;
    });
    await new Promise((r) => setTimeout(r, 500));
    for (const m of batch)
      expect(
        smtp.messages.filter((g) => g.subject === m.subject),
        m.subject,
      ).toHaveLength(1);
  });

  it('refuses a mail to anything but one address, or with a header that is not one line, writing nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM mail_outbox`);
    for (const bad of [
      aMail({ to: 'a@example.org, b@example.org' }),
      aMail({ to: 'Ann <a@example.org>' }),
      aMail({ to: 'not-an-address' }),
      aMail({ subject: 'Hello\r\nBcc: spy@example.org' }),
      aMail({ headers: { 'List-Unsubscribe': '<http://x>\nBcc: spy@example.org' } }),
    ]) {
      await expect(h.mail.enqueue(bad)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await db.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual(before);
    await expect(h.mail.enqueue(aMail({ to: "o'brien+lab@mail.example.org" }))).resolves.toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('reads the newest mail per ref, only for the category asked', async () => {
    const first = aMail({ refId: 'inv-shared' });
    const second = aMail({ refId: 'inv-shared' });
    sent.push(first, second);
    const firstId = await h.mail.enqueue(first);
    await new Promise((r) => setTimeout(r, 20));
    const secondId = await h.mail.enqueue(second);
    const byRef = await h.reader.byRef('survey-invitation', ['inv-shared', 'inv-none']);
    expect(byRef.get('inv-shared')?.id).toBe(secondId);
    expect(byRef.get('inv-shared')?.id).not.toBe(firstId);
    expect(byRef.has('inv-none')).toBe(false);
    expect((await h.reader.byRef('survey-reminder', ['inv-shared'])).size).toBe(0);
    expect((await h.reader.byRef('survey-invitation', [])).size).toBe(0);
  });
});

describe('mail during an SMTP outage', () => {
  let db: TestDatabase;
  let h: Harness;
  const sent: OutgoingMail[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    h = await startMail(db, await unusedSmtpUrl(), { maxAttempts: 50 });
  });
  afterAll(async () => {
    await h?.ctx.close();
    await db?.drop();
  });

  it('answers the enqueueing transaction fast and keeps the mail queued, retrying', async () => {
    const mail = aMail();
    sent.push(mail);
    const started = Date.now();
    await h.ds.transaction((manager) => h.mail.enqueue(mail, manager));
    expect(Date.now() - started).toBeLessThan(1_000);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s && s.attempts >= 2 && s;
    });
    expect(status.status).toBe('QUEUED');
    expect(status.lastError).toBe('The mail server refused the connection.');
    expect(status.sentAt).toBeNull();
    expectNoPersonalData(h.logs, sent);
  });

  it('delivers the queued mail once the server is back (a lost job is re-queued by the sweep)', async () => {
    const mail = aMail();
    sent.push(mail);
    const id = await h.mail.enqueue(mail);
    await until(async () => ((await statusOf(h, mail))?.attempts ?? 0) >= 1);
    await h.ctx.close();
    // The server comes back; the job of the pending retry is gone (as after a crash).
    await db.query(`DELETE FROM pgboss.job WHERE name = 'mail-deliver'`);
    const smtp = await startTestSmtp();
    try {
      h = await startMail(db, smtp.url);
      await db.query(
        `UPDATE mail_outbox SET next_attempt_at = now() - interval '2 minutes' WHERE id = $1`,
        [id],
      );
      expect(await h.worker.sweep()).toBeGreaterThanOrEqual(1);
      const got = await smtp.waitFor((m) => m.subject === mail.subject);
      expect(got.to).toBe(mail.to);
      await until(async () => (await statusOf(h, mail))?.status === 'SENT');
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.messages.filter((m) => m.subject === mail.subject)).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });
});

describe('mail without SMTP_URL', () => {
  let db: TestDatabase;
  let h: Harness;

  beforeAll(async () => {
    db = await createTestDatabase();
    h = await startMail(db, undefined);
  });
  afterAll(async () => {
    await h?.ctx.close();
    await db?.drop();
  });

  it('is disabled, writes the mail id, category and subject to the log and marks it SENT with a note', async () => {
    expect(h.mail.enabled).toBe(false);
    const mail = aMail();
    const id = await h.mail.enqueue(mail);
    const status = await until(async () => {
      const s = await statusOf(h, mail);
      return s?.status === 'SENT' && s;
    });
    expect(status.id).toBe(id);
    const line = h.logs.find((l) => l.includes(id));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      mailId: id,
      category: 'survey-invitation',
      subject: mail.subject,
    });
    expectNoPersonalData(h.logs, [mail]);
    const [row] = await db.query<{ note: string }>(`SELECT note FROM mail_outbox WHERE id = $1`, [
      id,
    ]);
    expect(row.note).toMatch(/SMTP_URL is not set/);
  });
});
