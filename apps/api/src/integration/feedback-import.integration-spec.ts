import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { DEMO_QUESTIONS } from '../seed/demo-study';
import { createTestApp, type TestApp } from '../../test/support/test-app';
import { FeedbackReader } from '@persona-lab/feedback';

// Feedback import through the real upload controller and GraphQL on the real database: the R
// users fixture is streamed in, counted, linked to participants by hashed customer identifier; the
// same file again is a CONFLICT that leaves nothing; raw identifiers are nowhere in the database;
// agent turns never reach customerMessages; viewers cannot upload.

const root = resolve(__dirname, '../../../..');
const FIXTURE = readFileSync(resolve(root, 'tests/fixtures/feedback/r-users-feedback.csv'));

let t: TestApp;
let fx: Awaited<ReturnType<typeof createStudyFixture>>;

const upload = (
  studyId: string,
  body: Buffer | string,
  token: string,
  query = 'kind=SUPPORT&fileName=r-users-feedback.csv',
) =>
  fetch(`${t.url}/api/studies/${studyId}/feedback-imports?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

beforeAll(async () => {
  t = await createTestApp();
  fx = await createStudyFixture(t, 'Feedback');
});

afterAll(async () => {
  await t?.close();
});

describe('feedback import', () => {
  let importId: string;

  it('streams the R users CSV in and reports counts and warnings', async () => {
    const res = await upload(fx.studyId, FIXTURE, fx.owner.token);
    expect(res.status).toBe(201);
    const body = await res.json();
    importId = body.id;
    expect(body).toMatchObject({
      status: 'DONE',
      format: 'CSV',
      bytesRead: FIXTURE.length,
      bytesTotal: FIXTURE.length,
      rowsRead: 70,
      conversationCount: 45,
      messageCount: 69,
      emptyDropped: 1,
      datesUnparsed: 0,
    });
    expect(body.warnings).toContain('1 empty message was dropped.');
    const gql = await t.gql(
      'query($s: ID!) { feedbackImports(studyId: $s) { id status rowsRead messageCount } feedbackConversations(studyId: $s, kind: REVIEW, limit: 100) { total items { id title rating customerLabel participantId } } }',
      { s: fx.studyId },
      fx.owner.token,
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data!.feedbackImports).toEqual([
      { id: importId, status: 'DONE', rowsRead: 70, messageCount: 69 },
    ]);
    expect(gql.data!.feedbackConversations.total).toBe(16);
    const review = gql.data!.feedbackConversations.items.find((c: { title: string }) =>
      c.title.includes('Crashes on large projects'),
    );
    expect(review).toMatchObject({ title: 'Review ★2 “Crashes on large projects”', rating: 2 });
    expect(review.customerLabel).toMatch(/^Customer [0-9a-f]{6}$/);
  });

  it('shows a conversation with customer and agent turns in order', async () => {
    const [conv] = await t.db.query(
      `SELECT id FROM feedback_conversation WHERE external_id = 'T-1001'`,
    );
    const r = await t.gql(
      'query($id: ID!) { feedbackConversation(id: $id) { title kind messages { index role text } } }',
      { id: conv.id },
      fx.owner.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.feedbackConversation.title).toBe(
      'Ticket T-1001 “RStudio freezes when I open a big CSV”',
    );
    expect(r.data!.feedbackConversation.messages.map((m: { role: string }) => m.role)).toEqual([
      'CUSTOMER',
      'AGENT',
      'CUSTOMER',
    ]);
  });

  it('links one customer across conversations to one participant, and stores no raw identifier', async () => {
    const rows = await t.db.query(
      `SELECT external_id, participant_id FROM feedback_conversation WHERE external_id IN ('T-1005', 'R-2007', 'T-1008', 'R-2014')`,
    );
    const by = Object.fromEntries(
      rows.map((r) => [r.external_id as string, r.participant_id as string]),
    );
    expect(by['T-1005']).toBeTruthy();
    expect(by['T-1005']).toBe(by['R-2007']); // pat.lee@example.com
    expect(by['T-1008']).toBe(by['R-2014']); // cust-4410
    expect(by['T-1005']).not.toBe(by['T-1008']);
    for (const table of [
      'feedback_import',
      'feedback_conversation',
      'feedback_message',
      'participant',
      'participant_key',
    ]) {
      const [{ dump }] = await t.db.query(
        `SELECT coalesce(string_agg(x::text, ' '), '') AS dump FROM ${table} x`,
      );
      expect(dump, table).not.toMatch(/pat\.lee@example\.com|maria\.gonzalez|cust-4410/i);
    }
  });

  it('keeps agent turns out of the reader’s customer messages', async () => {
    const reader = t.app.get(FeedbackReader, { strict: false });
    const customer = await reader.customerMessages(fx.studyId);
    expect(customer).toHaveLength(57);
    expect(customer.every((m) => m.role === 'CUSTOMER')).toBe(true);
    expect(customer.some((m) => m.text.startsWith('Thanks for reaching out'))).toBe(false);
    const [one] = await reader.byIds([customer[0].id]);
    expect(one).toMatchObject({ studyId: fx.studyId, role: 'CUSTOMER' });
  });

  it('refuses the same file again with CONFLICT and leaves nothing behind', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM feedback_message');
    const res = await upload(fx.studyId, FIXTURE, fx.owner.token);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(JSON.stringify(body)).toMatch(/already been imported/);
    const after = await t.db.query('SELECT count(*)::int AS n FROM feedback_message');
    expect(after[0].n).toBe(before[0].n);
    const imports = await t.db.query(
      'SELECT count(*)::int AS n FROM feedback_import WHERE study_id = $1',
      [fx.studyId],
    );
    expect(imports[0].n).toBe(1);
  });

  it('refuses viewers, and reads Intercom JSON', async () => {
    const viewer = await addMember(t, fx.owner, fx.workspaceId, 'VIEWER');
    const refused = await upload(
      fx.studyId,
      'text\nhello\n',
      viewer.token,
      'kind=FEEDBACK&fileName=a.csv',
    );
    expect([403, 404]).toContain(refused.status);
    const intercom = JSON.stringify({
      type: 'conversation.list',
      conversations: [
        {
          type: 'conversation',
          id: '77',
          created_at: 1741083630,
          source: {
            body: '<p>Export to PDF fails</p>',
            author: { type: 'user', id: 'u1', email: 'x@example.com' },
          },
          conversation_parts: {
            conversation_parts: [
              {
                part_type: 'comment',
                body: 'Fixed soon',
                created_at: 1741083640,
                author: { type: 'admin', id: 'a' },
              },
            ],
          },
        },
      ],
    });
    const res = await upload(
      fx.studyId,
      intercom,
      fx.owner.token,
      'kind=SUPPORT&fileName=intercom.json',
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      format: 'INTERCOM_JSON',
      conversationCount: 1,
      messageCount: 2,
    });
  });

  it('fails an export without a text column with a sentence, keeping no conversation', async () => {
    const res = await upload(
      fx.studyId,
      'colour,size\nred,2\n',
      fx.owner.token,
      'kind=FEEDBACK&fileName=odd.csv',
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/message text/);
    const [failed] = await t.db.query(
      `SELECT id, status FROM feedback_import WHERE file_name = 'odd.csv'`,
    );
    expect(failed.status).toBe('FAILED');
    const convs = await t.db.query('SELECT 1 FROM feedback_conversation WHERE import_id = $1', [
      failed.id,
    ]);
    expect(convs).toHaveLength(0);
  });

  it('previews a CSV with a proposed mapping the researcher can change, showing no email', async () => {
    const sample =
      'who,said,when\nana@example.com,The export is slow,3/25/2025\nbo@example.com,Contact me at bo@example.com,bad date\n';
    const q =
      'mutation($s: ID!, $t: String!, $m: [FeedbackColumnInput!]) { previewFeedbackImport(studyId: $s, kind: FEEDBACK, sample: $t, mapping: $m) { format dayOrder rows messages datesUnparsed columns { header field samples } } }';
    const r = await t.gql(
      q,
      { s: fx.studyId, t: sample, m: [{ header: 'said', field: 'TEXT' }] },
      fx.owner.token,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.previewFeedbackImport;
    expect(p).toMatchObject({
      format: 'CSV',
      dayOrder: 'MDY',
      rows: 2,
      messages: 2,
      datesUnparsed: 1,
    });
    expect(p.columns.map((c: { field: string }) => c.field)).toEqual(['CUSTOMER', 'TEXT', 'DATE']);
    expect(JSON.stringify(p)).not.toContain('@example.com');
  });

  it('links a survey response with hidden customer_id to the same participant, without storing the id', async () => {
    const survey = (
      await t.gql(
        'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
        { i: { studyId: fx.studyId, title: 'R users', questions: DEMO_QUESTIONS } },
        fx.owner.token,
      )
    ).data!.createSurvey;
    await t.gql(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id: survey.id },
      fx.owner.token,
    );
    const res = await t.gql(
      'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
      {
        i: {
          slug: survey.slug,
          clientResponseId: randomUUID(),
          complete: false,
          answers: [],
          hiddenFields: { customer_id: ' Pat.Lee@example.com', utm: 'mail' },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const [response] = await t.db.query(
      'SELECT participant_id, hidden_fields FROM response WHERE id = $1',
      [res.data!.submitResponse.responseId],
    );
    const [conv] = await t.db.query(
      `SELECT participant_id FROM feedback_conversation WHERE external_id = 'T-1005'`,
    );
    expect(response.participant_id).toBe(conv.participant_id);
    expect(response.hidden_fields).toEqual({ utm: 'mail' });
  });

  it('deletes an import with its conversations', async () => {
    const r = await t.gql(
      'mutation($id: ID!) { deleteFeedbackImport(id: $id) }',
      { id: importId },
      fx.owner.token,
    );
    expect(r.data?.deleteFeedbackImport).toBe(true);
    const left = await t.db.query(
      'SELECT count(*)::int AS n FROM feedback_conversation WHERE import_id = $1',
      [importId],
    );
    expect(left[0].n).toBe(0);
  });
});

describe('feedback import hardening', () => {
  const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
  const importsOf = async (studyId: string) =>
    (await t.db.query('SELECT count(*)::int AS n FROM feedback_import WHERE study_id = $1', [studyId]))[0].n as number;

  it('reads a Zendesk export through the controller: requester comments are the customer’s, private notes left out', async () => {
    const zendesk = JSON.stringify({
      tickets: [
        {
          url: 'https://acme.zendesk.com/api/v2/tickets/4521.json',
          id: 4521,
          subject: 'Knitting a report fails',
          created_at: '2025-02-01T09:00:00Z',
          requester_id: 11,
          comments: [
            { id: 1, author_id: 11, public: true, body: 'Knitting to PDF fails since the update.', created_at: '2025-02-01T09:00:00Z' },
            { id: 2, author_id: 99, public: false, body: 'Private: LaTeX missing on their side', created_at: '2025-02-01T09:05:00Z' },
            { id: 3, author_id: 99, public: true, body: 'Could you install tinytex?', created_at: '2025-02-01T10:00:00Z' },
            { id: 4, author_id: 11, public: true, html_body: '<p>That worked,&nbsp;thanks!</p>', created_at: '2025-02-01T11:00:00Z' },
          ],
        },
      ],
      users: [
        { id: 11, email: 'Zed.Requester@example.com', role: 'end-user' },
        { id: 99, email: 'agent@acme.example', role: 'agent' },
      ],
    });
    const res = await upload(fx.studyId, zendesk, fx.owner.token, 'kind=SUPPORT&fileName=zendesk.json');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'DONE', format: 'ZENDESK_JSON', conversationCount: 1, messageCount: 3 });
    const [conv] = await t.db.query(`SELECT id FROM feedback_conversation WHERE external_id = '4521'`);
    const r = await t.gql(
      'query($id: ID!) { feedbackConversation(id: $id) { customerLabel messages { role text } } }',
      { id: conv.id },
      fx.owner.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.feedbackConversation.messages).toEqual([
      { role: 'CUSTOMER', text: 'Knitting to PDF fails since the update.' },
      { role: 'AGENT', text: 'Could you install tinytex?' },
      { role: 'CUSTOMER', text: 'That worked, thanks!' },
    ]);
    expect(r.data!.feedbackConversation.customerLabel).toMatch(/^Customer [0-9a-f]{6}$/);
  });

  it('reads a Help Scout export through the controller: threads oldest first, notes and line items left out', async () => {
    const helpScout = JSON.stringify({
      _embedded: {
        conversations: [
          {
            id: 2391938111,
            number: 349,
            subject: 'Refund for annual plan',
            createdAt: '2025-03-01T12:00:00Z',
            primaryCustomer: { id: 1234, email: 'cy.helpscout@example.com' },
            _embedded: {
              threads: [
                { id: 4, type: 'message', body: 'Refund issued.', createdAt: '2025-03-01T15:00:00Z', createdBy: { id: 9, type: 'user' } },
                { id: 3, type: 'note', body: 'approved by finance', createdAt: '2025-03-01T14:00:00Z', createdBy: { id: 9, type: 'user' } },
                { id: 2, type: 'lineitem', createdAt: '2025-03-01T13:00:00Z' },
                { id: 1, type: 'customer', body: '<div>Please refund my annual plan, I only needed a month.</div>', createdAt: '2025-03-01T12:00:00Z', createdBy: { id: 1234, type: 'customer' } },
              ],
            },
          },
        ],
      },
    });
    const res = await upload(fx.studyId, helpScout, fx.owner.token, 'kind=SUPPORT&fileName=helpscout.json');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'DONE', format: 'HELPSCOUT_JSON', conversationCount: 1, messageCount: 2 });
    const rows = await t.db.query(
      `SELECT m.role, m.text FROM feedback_message m JOIN feedback_conversation c ON c.id = m.conversation_id
        WHERE c.title LIKE '%Refund for annual plan%' ORDER BY m.index`,
    );
    expect(rows).toEqual([
      { role: 'CUSTOMER', text: 'Please refund my annual plan, I only needed a month.' },
      { role: 'AGENT', text: 'Refund issued.' },
    ]);
    for (const table of ['feedback_conversation', 'feedback_message', 'participant', 'participant_key']) {
      const [{ dump }] = await t.db.query(`SELECT coalesce(string_agg(x::text, ' '), '') AS dump FROM ${table} x`);
      expect(dump, table).not.toMatch(/cy\.helpscout|zed\.requester/i);
    }
  });

  const KEPT = 'text,date\nThe viewer pane freezes on big data frames,2025-05-01\nPlots export blurry,2025-05-02\n';

  it('refuses a file the study already has before reading its body, from the hash the client sends', async () => {
    const first = await upload(fx.studyId, KEPT, fx.owner.token, `kind=FEEDBACK&fileName=kept.csv&sha256=${sha256(KEPT)}`);
    expect(first.status).toBe(201);
    const before = await importsOf(fx.studyId);
    // A body that never ends: only an answer given before reading it lets this request finish.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const started = Date.now();
    const res = await fetch(
      `${t.url}/api/studies/${fx.studyId}/feedback-imports?kind=FEEDBACK&fileName=again.csv&sha256=${sha256(KEPT)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${fx.owner.token}`, 'content-type': 'application/octet-stream' },
        body: endless,
        duplex: 'half',
      } as RequestInit,
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringMatching(/already been imported/) } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await importsOf(fx.studyId)).toBe(before);
    expect(pulled).toBeLessThan(200); // far from a whole upload of this endless body
  });

  it('refuses a malformed hash, and checks the content at the end whatever hash was sent', async () => {
    const bad = await upload(fx.studyId, 'text\nhello\n', fx.owner.token, 'kind=FEEDBACK&fileName=a.csv&sha256=xyz');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/64 hexadecimal digits/);
    // A hash of something else lets the upload start; the real content is the duplicate, found at the end.
    const before = await importsOf(fx.studyId);
    const lying = await upload(
      fx.studyId,
      KEPT,
      fx.owner.token,
      `kind=FEEDBACK&fileName=lying.csv&sha256=${sha256('something else')}`,
    );
    expect(lying.status).toBe(409);
    expect(await importsOf(fx.studyId)).toBe(before);
  });

  it('refuses to delete an import that is still receiving its file, then deletes it once done', async () => {
    const head = 'text,date,customer\nThe plots are blurry on HiDPI,2025-04-01,cust-hold-1\n';
    const tail = 'Autocomplete is slow in big projects,2025-04-02,cust-hold-2\n';
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(head));
        await held;
        controller.enqueue(new TextEncoder().encode(tail));
        controller.close();
      },
    });
    const answer = fetch(`${t.url}/api/studies/${fx.studyId}/feedback-imports?kind=FEEDBACK&fileName=held.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fx.owner.token}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    let running: { id: string } | undefined;
    for (let i = 0; i < 100 && !running; i++) {
      [running] = await t.db.query(`SELECT id FROM feedback_import WHERE file_name = 'held.csv' AND status = 'RECEIVING'`);
      if (!running) await new Promise((r) => setTimeout(r, 50));
    }
    expect(running).toBeDefined();
    const refused = await t.gql('mutation($id: ID!) { deleteFeedbackImport(id: $id) }', { id: running!.id }, fx.owner.token);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'This import is still receiving its file; wait until it is done or has failed, then delete it.',
    });
    release();
    const done = await answer;
    expect(done.status).toBe(201);
    expect(await done.json()).toMatchObject({ status: 'DONE', messageCount: 2 });
    const deleted = await t.gql('mutation($id: ID!) { deleteFeedbackImport(id: $id) }', { id: running!.id }, fx.owner.token);
    expect(deleted.data?.deleteFeedbackImport).toBe(true);
  });

  it('lets an upload abandoned by a stopped process (RECEIVING for over an hour) be deleted', async () => {
    const [stale] = await t.db.query(
      `INSERT INTO feedback_import (study_id, kind, format, file_name, created_at)
       VALUES ($1, 'FEEDBACK', 'CSV', 'abandoned.csv', now() - interval '2 hours') RETURNING id`,
      [fx.studyId],
    );
    const r = await t.gql('mutation($id: ID!) { deleteFeedbackImport(id: $id) }', { id: stale.id }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteFeedbackImport).toBe(true);
  });
});
