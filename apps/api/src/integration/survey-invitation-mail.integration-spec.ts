import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '@persona-lab/mail/testing';
import { InvitationMailService } from '@persona-lab/surveys';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 15, item 4: survey invitations by email, through the real app, its outbox and delivery job,
// to a real SMTP server in this process.

const PUBLIC_URL = 'https://research.example.org';
const DAY = 86_400_000;
const questions = [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything?' }];
const SEND = `mutation($i: SendSurveyInvitationsInput!) { sendSurveyInvitations(input: $i) {
  sent { id email token status } rejected { line text reason message } emailEnabled } }`;
const LIST = `query($s: ID!) { invitations(surveyId: $s) { id email token status
  delivery { state sentAt openedAt reminders maxReminders reminderAfterDays nextReminderAt lastError } } }`;
const RESEND = 'mutation($id: ID!) { resendInvitation(id: $id) { id email status } }';
const UNSUBSCRIBE = 'mutation($t: String!) { unsubscribeFromSurvey(token: $t) }';
const SUBMIT = 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { complete } }';

let t: TestApp;
let smtp: TestSmtp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let reminders: InvitationMailService;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
async function survey(opts: { anonymous?: boolean; publish?: boolean } = {}) {
  const s = ok(
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'Commute habits',
          questions,
          anonymous: opts.anonymous ?? false,
        },
      },
      ctx.owner.token,
    ),
  ).createSurvey as { id: string; slug: string };
  if (opts.publish !== false)
    ok(
      await t.gql(
        'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
        { id: s.id },
        ctx.owner.token,
      ),
    );
  return s;
}
const send = (input: Record<string, unknown>, token = ctx.owner.token) =>
  t.gql(SEND, { i: input }, token);
type Row = {
  id: string;
  email: string;
  token: string;
  status: string;
  delivery: Record<string, any> | null;
};
const list = async (surveyId: string): Promise<Row[]> =>
  ok(await t.gql(LIST, { s: surveyId }, ctx.owner.token)).invitations;
const byEmail = async (surveyId: string, email: string) =>
  (await list(surveyId)).find((i) => i.email === email)!;
/** Polls until `check` holds (the delivery job runs in the background). */
async function until<T>(
  read: () => Promise<T>,
  check: (v: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (check(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}
const mailTo = (to: string, subject?: RegExp) => (m: ReceivedMail) =>
  m.to === to && (!subject || subject.test(m.subject));
const mailsTo = (to: string) => smtp.messages.filter((m) => m.to === to);
const unsubscribeToken = (m: ReceivedMail) =>
  /\/unsubscribe\/([^>\s]+)>/.exec(m.headers['list-unsubscribe'])![1];
const submit = (slug: string, token: string, complete = true, id = randomUUID()) =>
  t.gql(SUBMIT, {
    i: {
      slug,
      clientResponseId: id,
      complete,
      invitationToken: token,
      answers: [{ questionId: 'q', value: 'By bike' }],
    },
  });

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, PUBLIC_REQUESTS_PER_MINUTE: '10000' });
  ctx = await createStudyFixture(t, 'Invitation mail');
  reminders = t.app.get(InvitationMailService, { strict: false });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('sendSurveyInvitations', () => {
  it('mails each valid, new address its personal link with an unsubscribe header, and reports every other line', async () => {
    const s = await survey();
    const report = ok(
      await send({
        surveyId: s.id,
        addresses:
          'ana@example.org\nnot-an-address, Ben Ortiz <BEN@example.org>\n\nana@example.org;cy@example',
      }),
    ).sendSurveyInvitations;
    expect(report.emailEnabled).toBe(true);
    expect(report.sent.map((i: Row) => i.email)).toEqual(['ana@example.org', 'ben@example.org']);
    expect(report.rejected).toEqual([
      {
        line: 2,
        text: 'not-an-address',
        reason: 'INVALID_ADDRESS',
        message: 'Not an email address.',
      },
      {
        line: 4,
        text: 'ana@example.org',
        reason: 'DUPLICATE',
        message: 'Listed before, on line 1.',
      },
      { line: 4, text: 'cy@example', reason: 'INVALID_ADDRESS', message: 'Not an email address.' },
    ]);

    const ana = report.sent[0] as Row;
    const mail = await smtp.waitFor(mailTo('ana@example.org'), 15_000);
    const link = `${PUBLIC_URL}/s/${s.slug}?t=${ana.token}`;
    expect(mail.subject).toBe('You are invited: Commute habits');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link);
    expect(mail.headers['list-unsubscribe']).toMatch(
      new RegExp(`^<${PUBLIC_URL}/unsubscribe/[A-Za-z0-9_-]{20,}>$`),
    );
    expect(mail.text).toContain(unsubscribeToken(mail));
    expect(mail.html).not.toMatch(/<img/i);
    await smtp.waitFor(mailTo('ben@example.org'), 15_000);

    const delivered = await until(
      () => byEmail(s.id, 'ana@example.org'),
      (i) => i.delivery?.state === 'SENT',
    );
    expect(delivered.delivery).toMatchObject({
      state: 'SENT',
      reminders: 0,
      maxReminders: 0,
      nextReminderAt: null,
      lastError: null,
    });
    expect(delivered.delivery!.sentAt).toBeTruthy();

    // The same list again: every address is already invited, nothing is mailed.
    const before = smtp.messages.length;
    const again = ok(
      await send({ surveyId: s.id, addresses: 'ana@example.org\nben@example.org' }),
    ).sendSurveyInvitations;
    expect(again.sent).toEqual([]);
    expect(again.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'ALREADY_INVITED',
      'ALREADY_INVITED',
    ]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.length).toBe(before);
  });

  it("reads a CSV file's email column, rows numbered as in the file", async () => {
    const s = await survey();
    const report = ok(
      await send({
        surveyId: s.id,
        addresses: 'name,email\nDee,dee@example.org\n"Eve, E.",eve@\nFay,fay@example.org\n',
      }),
    ).sendSurveyInvitations;
    expect(report.sent.map((i: Row) => i.email)).toEqual(['dee@example.org', 'fay@example.org']);
    expect(report.rejected).toEqual([
      { line: 3, text: 'eve@', reason: 'INVALID_ADDRESS', message: 'Not an email address.' },
    ]);
    await smtp.waitFor(mailTo('fay@example.org'), 15_000);
  });

  it('invites an address once when two sends race', async () => {
    const s = await survey();
    const lists = ['pia@example.org\nquin@example.org', 'quin@example.org\nrae@example.org'];
    const reports = await Promise.all(
      lists.map((addresses) => send({ surveyId: s.id, addresses })),
    );
    const sent = reports.flatMap((r) => ok(r).sendSurveyInvitations.sent.map((i: Row) => i.email));
    expect(sent.sort()).toEqual(['pia@example.org', 'quin@example.org', 'rae@example.org']);
    const rejected = reports.flatMap((r) => ok(r).sendSurveyInvitations.rejected);
    expect(rejected).toEqual([
      expect.objectContaining({ text: 'quin@example.org', reason: 'ALREADY_INVITED' }),
    ]);
    expect((await list(s.id)).map((i) => i.email).sort()).toEqual(sent);
    await smtp.waitFor(mailTo('rae@example.org'), 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo('quin@example.org')).toHaveLength(1);
  });

  it('refuses a draft or closed survey, a broken list and reminders without a delay, writing nothing', async () => {
    const draft = await survey({ publish: false });
    const refused = errorOf(await send({ surveyId: draft.id, addresses: 'gil@example.org' }));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: 'This survey is still a draft. Publish it before sending invitations.',
    });
    const closed = await survey();
    ok(
      await t.gql(
        'mutation($id: ID!) { closeSurvey(id: $id) { id } }',
        { id: closed.id },
        ctx.owner.token,
      ),
    );
    expect(
      errorOf(await send({ surveyId: closed.id, addresses: 'gil@example.org' })).message,
    ).toMatch(/^This survey is closed and no longer takes responses\. Reopen it/);
    const open = await survey();
    expect(errorOf(await send({ surveyId: open.id, addresses: ' \n ; ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      errorOf(await send({ surveyId: open.id, addresses: 'email\n"gil@example.org\n' })).message,
    ).toMatch(/CSV file could not be read/);
    expect(
      errorOf(await send({ surveyId: open.id, addresses: 'gil@example.org', maxReminders: 2 }))
        .extensions.field,
    ).toBe('reminderAfterDays');
    expect(
      errorOf(
        await send({
          surveyId: open.id,
          addresses: 'gil@example.org',
          reminderAfterDays: 2,
          maxReminders: 6,
        }),
      ).code,
    ).toBe('BAD_USER_INPUT');
    for (const s of [draft, closed, open]) expect(await list(s.id)).toEqual([]);
    expect(mailsTo('gil@example.org')).toEqual([]);
  });

  it('is for OWNERs and RESEARCHERs; a VIEWER sees the delivery but cannot send or resend', async () => {
    const s = await survey();
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    expect(
      errorOf(await send({ surveyId: s.id, addresses: 'hal@example.org' }, viewer.token)).code,
    ).toBe('FORBIDDEN');
    const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
    const [hal] = ok(await send({ surveyId: s.id, addresses: 'hal@example.org' }, researcher.token))
      .sendSurveyInvitations.sent;
    expect(errorOf(await t.gql(RESEND, { id: hal.id }, viewer.token)).code).toBe('FORBIDDEN');
    const seen = ok(await t.gql(LIST, { s: s.id }, viewer.token)).invitations;
    expect(seen[0].delivery.state).toMatch(/QUEUED|SENT/);
    const outsider = await t.signUp('Outsider');
    expect(errorOf(await t.gql(RESEND, { id: hal.id }, outsider.token)).code).toBe('NOT_FOUND');
  });
});

describe('delivery status', () => {
  it('is OPENED once the link loads the form, then STARTED and COMPLETED', async () => {
    const s = await survey();
    const [ida] = ok(await send({ surveyId: s.id, addresses: 'ida@example.org' }))
      .sendSurveyInvitations.sent;
    await smtp.waitFor(mailTo('ida@example.org'), 15_000);
    await until(
      () => byEmail(s.id, 'ida@example.org'),
      (i) => i.delivery?.state === 'SENT',
    );
    ok(
      await t.gql(
        'query($s: String!, $t: String) { publicSurvey(slug: $s, invitationToken: $t) { title } }',
        { s: s.slug, t: ida.token },
      ),
    );
    const opened = await byEmail(s.id, 'ida@example.org');
    expect(opened.delivery!.state).toBe('OPENED');
    expect(opened.delivery!.openedAt).toBeTruthy();
    const id = randomUUID();
    ok(await submit(s.slug, ida.token, false, id));
    expect((await byEmail(s.id, 'ida@example.org')).delivery!.state).toBe('STARTED');
    ok(await submit(s.slug, ida.token, true, id));
    expect((await byEmail(s.id, 'ida@example.org')).delivery!.state).toBe('COMPLETED');
  });

  it('is BOUNCED with the reason when the mail server refuses the mail for good; no reminder follows', async () => {
    const s = await survey();
    smtp.refuse(1, 550);
    ok(
      await send({
        surveyId: s.id,
        addresses: 'gone@example.org',
        reminderAfterDays: 1,
        maxReminders: 3,
      }),
    );
    const bounced = await until(
      () => byEmail(s.id, 'gone@example.org'),
      (i) => i.delivery?.state === 'BOUNCED',
    );
    expect(bounced.delivery).toMatchObject({
      state: 'BOUNCED',
      sentAt: null,
      nextReminderAt: null,
    });
    expect(bounced.delivery!.lastError).toMatch(/550/);
    expect(await reminders.sendDueReminders(new Date(Date.now() + 2 * DAY))).toBe(0);
    expect((await byEmail(s.id, 'gone@example.org')).delivery!.reminders).toBe(0);
    expect(mailsTo('gone@example.org')).toEqual([]);
  });

  it('is null for links made by hand; resend mails such a link and a pending one again', async () => {
    const s = await survey();
    const [made] = ok(
      await t.gql(
        'mutation($s: ID!, $e: [String!]!) { createInvitations(surveyId: $s, emails: $e) { id token } }',
        { s: s.id, e: ['jo@example.org'] },
        ctx.owner.token,
      ),
    ).createInvitations;
    expect((await byEmail(s.id, 'jo@example.org')).delivery).toBeNull();
    ok(await t.gql(RESEND, { id: made.id }, ctx.owner.token));
    const first = await smtp.waitFor(mailTo('jo@example.org'), 15_000);
    expect(first.text).toContain(`${PUBLIC_URL}/s/${s.slug}?t=${made.token}`);
    ok(await t.gql(RESEND, { id: made.id }, ctx.owner.token));
    await until(
      async () => mailsTo('jo@example.org').length,
      (n) => n === 2,
    );
    expect(mailsTo('jo@example.org').map((m) => m.text.includes(made.token))).toEqual([true, true]);
    ok(await submit(s.slug, made.token));
    expect(errorOf(await t.gql(RESEND, { id: made.id }, ctx.owner.token)).code).toBe('CONFLICT');
  });
});

describe('reminders and unsubscribing', () => {
  it('remind only those not completed, after N days, at most M times, never after unsubscribing; two sweeps at once send one', async () => {
    const s = await survey();
    const addresses = ['kim@example.org', 'lee@example.org', 'max@example.org'];
    const sent = ok(
      await send({
        surveyId: s.id,
        addresses: addresses.join('\n'),
        reminderAfterDays: 2,
        maxReminders: 2,
      }),
    ).sendSurveyInvitations.sent as Row[];
    const invites = await Promise.all(addresses.map((a) => smtp.waitFor(mailTo(a), 15_000)));
    // kim completes, lee unsubscribes through the link in the mail, max does nothing.
    ok(await submit(s.slug, sent[0].token));
    expect(
      ok(await t.gql(UNSUBSCRIBE, { t: unsubscribeToken(invites[1]) })).unsubscribeFromSurvey,
    ).toBe(true);
    expect(
      ok(await t.gql(UNSUBSCRIBE, { t: unsubscribeToken(invites[1]) })).unsubscribeFromSurvey,
    ).toBe(true);
    expect(ok(await t.gql(UNSUBSCRIBE, { t: 'no-such-link' })).unsubscribeFromSurvey).toBe(false);
    expect((await byEmail(s.id, 'lee@example.org')).delivery!.state).toBe('UNSUBSCRIBED');
    const pending = await byEmail(s.id, 'max@example.org');
    expect(pending.delivery).toMatchObject({ reminders: 0, maxReminders: 2, reminderAfterDays: 2 });

    const now = Date.now();
    // Not yet due a day later.
    expect(await reminders.sendDueReminders(new Date(now + 1 * DAY))).toBe(0);
    // Due after 2 days: two sweeps at once (two replicas, or a retried job) send one reminder between them.
    const due = new Date(now + 2 * DAY + 60_000);
    const counts = await Promise.all([
      reminders.sendDueReminders(due),
      reminders.sendDueReminders(due),
    ]);
    expect(counts[0] + counts[1]).toBe(1);
    const reminder = await smtp.waitFor(mailTo('max@example.org', /^Reminder:/), 15_000);
    expect(reminder.subject).toBe('Reminder: Commute habits');
    expect(reminder.text).toContain(`${PUBLIC_URL}/s/${s.slug}?t=${sent[2].token}`);
    expect(reminder.headers['list-unsubscribe']).toBe(invites[2].headers['list-unsubscribe']);
    // The clock restarts at the reminder: the second is due 2 days after it, and there is no third.
    expect(await reminders.sendDueReminders(new Date(now + 3 * DAY))).toBe(0);
    expect(await reminders.sendDueReminders(new Date(now + 4 * DAY + 120_000))).toBe(1);
    expect(await reminders.sendDueReminders(new Date(now + 30 * DAY))).toBe(0);
    await until(
      async () => mailsTo('max@example.org').length,
      (n) => n === 3,
    );
    expect((await byEmail(s.id, 'max@example.org')).delivery).toMatchObject({
      reminders: 2,
      nextReminderAt: null,
    });
    expect(mailsTo('kim@example.org')).toHaveLength(1);
    expect(mailsTo('lee@example.org')).toHaveLength(1);

    // Unsubscribed holds for this survey: no resend, no new invitation; another survey may still invite the address.
    const lee = await byEmail(s.id, 'lee@example.org');
    expect(errorOf(await t.gql(RESEND, { id: lee.id }, ctx.owner.token))).toMatchObject({
      code: 'CONFLICT',
    });
    const again = ok(
      await send({ surveyId: s.id, addresses: 'lee@example.org' }),
    ).sendSurveyInvitations;
    expect(again.rejected).toEqual([expect.objectContaining({ line: 1, reason: 'UNSUBSCRIBED' })]);
    const other = await survey();
    expect(
      ok(await send({ surveyId: other.id, addresses: 'lee@example.org' })).sendSurveyInvitations
        .sent,
    ).toHaveLength(1);
  });

  it('work on anonymous surveys without tying a response to an address', async () => {
    const s = await survey({ anonymous: true });
    const sent = ok(
      await send({
        surveyId: s.id,
        addresses: 'nia@example.org\nola@example.org',
        reminderAfterDays: 3,
        maxReminders: 1,
      }),
    ).sendSurveyInvitations.sent as Row[];
    await smtp.waitFor(mailTo('nia@example.org'), 15_000);
    await smtp.waitFor(mailTo('ola@example.org'), 15_000);
    ok(await submit(s.slug, sent[0].token));
    expect(await reminders.sendDueReminders(new Date(Date.now() + 3 * DAY + 60_000))).toBe(1);
    await smtp.waitFor(mailTo('ola@example.org', /^Reminder:/), 15_000);
    expect(mailsTo('nia@example.org')).toHaveLength(1);
    expect((await byEmail(s.id, 'nia@example.org')).delivery!.state).toBe('COMPLETED');
    const linked = await t.db.query(
      `SELECT i.email FROM invitation i JOIN response r ON r.survey_id = i.survey_id
          AND (r.client_response_id = i.client_response_id OR r.invitation_id = i.id OR r.participant_id = i.participant_id)
        WHERE i.survey_id = $1`,
      [s.id],
    );
    expect(linked).toEqual([]);
    expect(
      await t.db.query('SELECT 1 FROM response WHERE survey_id = $1 AND complete', [s.id]),
    ).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  it('still makes the links and says email is off', async () => {
    const off = await createTestApp({}, t.db);
    try {
      const s = await survey();
      const res = await off.gql(
        SEND,
        { i: { surveyId: s.id, addresses: 'sam@example.org' } },
        ctx.owner.token,
      );
      const report = ok(res).sendSurveyInvitations;
      expect(report.emailEnabled).toBe(false);
      expect(report.sent).toEqual([
        expect.objectContaining({ email: 'sam@example.org', status: 'PENDING' }),
      ]);
      expect(ok(await off.gql('{ emailEnabled }', {}, ctx.owner.token)).emailEnabled).toBe(false);
    } finally {
      await off.close();
    }
  });
});
