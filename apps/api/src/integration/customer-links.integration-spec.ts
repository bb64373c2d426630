import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// One customer identifier shared by a survey CSV import (customer id column), an interview
// (customerId) and a feedback file (customer column) makes one participant of the study; the raw
// identifiers are in no table of the database (every table of every schema is scanned).

const DANA = 'Dana.Ruiz@Example.com';
const KAI = 'cust-8812';
const LONE = 'lone-customer-5501';
const RAW = /dana\.ruiz@example\.com|cust-8812|lone-customer-5501|moved-customer-7710/i;

const INTERVIEW = 'id title customerLabel participant { id label }';
const IMPORT_TRANSCRIPT = `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { ${INTERVIEW} } }`;
const SET_CUSTOMER = `mutation($id: ID!, $c: String) { setInterviewCustomer(interviewId: $id, customerId: $c) { ${INTERVIEW} } }`;
const TRANSCRIPT = 'Interviewer: What slows you down?\nP: Knitting long reports takes minutes.';

let t: TestApp;
let fx: Awaited<ReturnType<typeof createStudyFixture>>;

beforeAll(async () => {
  t = await createTestApp();
  fx = await createStudyFixture(t, 'Customer links');
});
afterAll(async () => {
  await t?.close();
});

/** The participant of the feedback conversation the customer wrote. */
async function feedbackParticipant(text: string): Promise<string> {
  const [row] = await t.db.query(
    `SELECT c.participant_id FROM feedback_conversation c JOIN feedback_message m ON m.conversation_id = c.id
      WHERE c.study_id = $1 AND m.text = $2`,
    [fx.studyId, text],
  );
  return row.participant_id as string;
}

describe('customer identity across sources', () => {
  let survey: { id: string };

  it('links a feedback file, a survey CSV import and an interview with one customer id into one participant', async () => {
    const feedback = `text,date,customer\nExports to Word lose my tables,2025-03-01,${DANA}\nThe package manager hangs,2025-03-02,${KAI}\n`;
    const uploaded = await fetch(`${t.url}/api/studies/${fx.studyId}/feedback-imports?kind=FEEDBACK&fileName=customers.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fx.owner.token}`, 'content-type': 'text/csv' },
      body: feedback,
    });
    expect(uploaded.status).toBe(201);
    const dana = await feedbackParticipant('Exports to Word lose my tables');
    const kai = await feedbackParticipant('The package manager hangs');
    expect(dana).toBeTruthy();
    expect(kai).not.toBe(dana);

    // The survey export names the same customers, written differently (case, spaces).
    const csv = `Timestamp,customer_id,How often do you use R?\n2025-03-05 10:00, dana.ruiz@example.com ,Daily\n2025-03-05 11:00,CUST-8812,Weekly\n2025-03-05 12:00,,Monthly\n`;
    const preview = await t.gql(
      'query($i: PreviewSurveyCsvInput!) { previewSurveyCsv(input: $i) { columns { header customerId skip sampleValues } } }',
      { i: { studyId: fx.studyId, csv } },
      fx.owner.token,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewSurveyCsv.columns[1]).toEqual({ header: 'customer_id', customerId: true, skip: true, sampleValues: [] });
    const imported = await t.gql(
      'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id } }',
      { i: { studyId: fx.studyId, title: 'R usage', csv } },
      fx.owner.token,
    );
    expect(imported.errors).toBeUndefined();
    survey = imported.data!.importSurveyCsv;
    const responses = await t.db.query(
      'SELECT participant_id, answers, hidden_fields FROM response WHERE survey_id = $1 ORDER BY submitted_at',
      [survey.id],
    );
    expect(responses.map((r) => r.participant_id)).toEqual([dana, kai, null]);
    expect(responses.every((r) => r.hidden_fields === null)).toBe(true);

    // An interview given Dana's id joins her participant, even with a label of its own.
    const interview = await t.gql(
      IMPORT_TRANSCRIPT,
      { i: { studyId: fx.studyId, title: 'Call with Dana', format: 'PLAIN', content: TRANSCRIPT, interviewerSpeakers: ['Interviewer'], participantLabel: 'P4', customerId: 'DANA.RUIZ@example.com' } },
      fx.owner.token,
    );
    expect(interview.errors).toBeUndefined();
    const iv = interview.data!.importTranscript;
    expect(iv.participant.id).toBe(dana);
    expect(iv.customerLabel).toMatch(/^Customer [0-9a-f]{6}$/);
    const conv = await t.gql(
      'query($s: ID!) { feedbackConversations(studyId: $s, limit: 10) { items { customerLabel participantId } } }',
      { s: fx.studyId },
      fx.owner.token,
    );
    const danaConv = conv.data!.feedbackConversations.items.find((c: { participantId: string }) => c.participantId === dana);
    expect(danaConv.customerLabel).toBe(iv.customerLabel);
  });

  it('registers a new id for the interviewee, so a later survey response with it joins the interview', async () => {
    const created = await t.gql(
      IMPORT_TRANSCRIPT,
      { i: { studyId: fx.studyId, title: 'Call with P7', format: 'PLAIN', content: TRANSCRIPT, participantLabel: 'P7' } },
      fx.owner.token,
    );
    const iv = created.data!.importTranscript;
    expect(iv.customerLabel).toBeNull();
    const set = await t.gql(SET_CUSTOMER, { id: iv.id, c: LONE }, fx.owner.token);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setInterviewCustomer).toMatchObject({ participant: { id: iv.participant.id, label: 'P7' } });
    expect(set.data!.setInterviewCustomer.customerLabel).toMatch(/^Customer [0-9a-f]{6}$/);

    const csv = `customer,What gets in the way?\n${LONE.toUpperCase()},Slow package installs\n`;
    const imported = await t.gql(
      'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id } }',
      { i: { studyId: fx.studyId, title: 'Blockers', csv } },
      fx.owner.token,
    );
    expect(imported.errors).toBeUndefined();
    const [response] = await t.db.query('SELECT participant_id FROM response WHERE survey_id = $1', [imported.data!.importSurveyCsv.id]);
    expect(response.participant_id).toBe(iv.participant.id);
  });

  it('moves an interview to another customer, and detaches it when the id is removed', async () => {
    const created = await t.gql(
      IMPORT_TRANSCRIPT,
      { i: { studyId: fx.studyId, title: 'Call about packages', format: 'PLAIN', content: TRANSCRIPT, customerId: 'moved-customer-7710' } },
      fx.owner.token,
    );
    const iv = created.data!.importTranscript;
    expect(iv.participant.label).toBe(iv.customerLabel);
    const kai = await feedbackParticipant('The package manager hangs');
    const moved = await t.gql(SET_CUSTOMER, { id: iv.id, c: ` ${KAI} ` }, fx.owner.token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.setInterviewCustomer.participant.id).toBe(kai);
    const cleared = await t.gql(SET_CUSTOMER, { id: iv.id, c: null }, fx.owner.token);
    expect(cleared.data!.setInterviewCustomer).toMatchObject({ customerLabel: null, participant: null });
    const [row] = await t.db.query('SELECT customer_key_hash, participant_id FROM interview WHERE id = $1', [iv.id]);
    expect(row).toEqual({ customer_key_hash: null, participant_id: null });
  });

  it('refuses an unusable customer id or a viewer, writing nothing', async () => {
    const [{ n: before }] = await t.db.query('SELECT count(*)::int AS n FROM interview');
    const long = await t.gql(
      IMPORT_TRANSCRIPT,
      { i: { studyId: fx.studyId, title: 'Too long', format: 'PLAIN', content: TRANSCRIPT, customerId: 'x'.repeat(201) } },
      fx.owner.token,
    );
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n: after }] = await t.db.query('SELECT count(*)::int AS n FROM interview');
    expect(after).toBe(before);
    const [target] = await t.db.query('SELECT id, customer_key_hash FROM interview WHERE study_id = $1 LIMIT 1', [fx.studyId]);
    const viewer = await addMember(t, fx.owner, fx.workspaceId, 'VIEWER');
    const refused = await t.gql(SET_CUSTOMER, { id: target.id, c: 'someone-else' }, viewer.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await t.signUp('Outsider');
    const hidden = await t.gql(SET_CUSTOMER, { id: target.id, c: 'someone-else' }, outsider.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [unchanged] = await t.db.query('SELECT customer_key_hash FROM interview WHERE id = $1', [target.id]);
    expect(unchanged.customer_key_hash).toBe(target.customer_key_hash);
  });

  it('stores none of the raw identifiers in any table', async () => {
    const tables: { schema: string; name: string }[] = await t.db.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['interview', 'response', 'participant_key', 'feedback_message']));
    for (const { schema, name } of tables) {
      const [{ dump }] = await t.db.query(
        `SELECT coalesce(string_agg(x::text, ' '), '') AS dump FROM "${schema}"."${name}" x`,
      );
      expect(dump, `${schema}.${name}`).not.toMatch(RAW);
    }
  });
});
