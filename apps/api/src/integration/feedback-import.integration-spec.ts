import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
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
