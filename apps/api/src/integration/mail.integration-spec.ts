import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { MailDeliveryReader, MailService, renderMail } from '@persona-lab/mail';
import { type TestSmtp, startTestSmtp } from '@persona-lab/mail/testing';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';
import { loadConfig } from '../config';
import { createApp } from '../create-app';

// The mail module inside the real app: Query.emailEnabled, the delivery worker of a ROLE=all
// process, MAIL_FROM, and the log of a deployment without SMTP_URL (ids only, never an address).

async function until<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const mailTo = (to: string, subject: string) => ({
  to,
  subject,
  category: 'password-reset',
  refId: subject,
  ...renderMail({
    heading: 'Reset your password',
    paragraphs: ['Private paragraph for the recipient only.'],
    action: { label: 'Choose a new password', url: 'http://localhost:3000/reset?token=abc' },
  }),
});

describe('mail with SMTP_URL', () => {
  let smtp: TestSmtp;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Research Team <research@lab.test>' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('says email is on to a signed-in user and refuses anonymous callers', async () => {
    const { token } = await t.signUp();
    const res = await t.gql<{ emailEnabled: boolean }>('{ emailEnabled }', {}, token);
    expect(res.data?.emailEnabled).toBe(true);
    expect(errorOf(await t.gql('{ emailEnabled }')).code).toBe('UNAUTHENTICATED');
  });

  it('delivers through the app’s worker from MAIL_FROM', async () => {
    const id = await t.app.get(MailService).enqueue(mailTo('reader@example.net', 'App mail 1'));
    const got = await smtp.waitFor((m) => m.subject === 'App mail 1');
    expect(got.to).toBe('reader@example.net');
    expect(got.from).toBe('Research Team <research@lab.test>');
    expect(got.text).toContain('Choose a new password: http://localhost:3000/reset?token=abc');
    const status = await until(async () => {
      const s = (await t.app.get(MailDeliveryReader).byRef('password-reset', ['App mail 1'])).get(
        'App mail 1',
      );
      return s?.status === 'SENT' && s;
    });
    expect(status.id).toBe(id);
  });
});

describe('mail without SMTP_URL', () => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', ARGON2_MEMORY_KIB: '4096' });
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await createApp(config, db.url, pino({ level: 'info' }, sink));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const gql = async (query: string, variables: object = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  };

  it('says email is off, logs the mail by id, category and subject only and marks it SENT', async () => {
    const signUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: 'owner-nosmtp@example.com', password: 'correct-horse-battery', name: 'Owner' },
    });
    const token = signUp.data!.signUp.token as string;
    expect((await gql('{ emailEnabled }', {}, token)).data?.emailEnabled).toBe(false);

    const id = await app
      .get(MailService)
      .enqueue(mailTo('respondent-secret@example.org', 'App mail 2'));
    await until(async () => {
      const s = (await app.get(MailDeliveryReader).byRef('password-reset', ['App mail 2'])).get(
        'App mail 2',
      );
      return s?.status === 'SENT';
    });
    const logged = lines
      .filter((l) => l.includes(id))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ mailId: id, category: 'password-reset', subject: 'App mail 2' }),
    );
    const all = lines.join('\n');
    expect(all).not.toContain('respondent-secret@example.org');
    expect(all).not.toContain('Private paragraph');
    expect(all).not.toContain('token=abc');
  });
});
