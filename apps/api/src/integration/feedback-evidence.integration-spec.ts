import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoResponses } from '../seed/demo-study';
import { seedFeedback, type SeededMessage } from '../../test/support/feedback-seed';
import { createStudyFixture } from '../../test/support/fixtures';
import { seedStudyViaApi } from '../../test/support/seed-study';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Feedback is used like transcripts (issue 17, part 1): a customer's message is coded, suggested,
// searched and quoted as persona evidence with a deep link to it; an agent's reply is codable but
// never evidence, like an interviewer's turn.

const APPLY = `mutation($i: ApplyCodeInput!) { applyCode(input: $i) {
  id start end text status source { type messageId segmentId responseId questionId } } }`;
const SOURCE = `query($s: SourceRefInput!) { sourceText(source: $s) {
  text label speaker conversationId studyId interviewId questionTitle } }`;
const START =
  'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status provider } }';
const RUN =
  'query($id: ID!) { synthesisRun(id: $id) { id status error quality { faithfulness } } }';
const CODING_RUN =
  'query($id: ID!) { codingRun(id: $id) { id status error suggestions provider } }';
const SEARCH = `query($w: ID!, $q: String!, $src: [SearchSource!]) {
  search(workspaceId: $w, query: $q, sources: $src) { nodes { source id title context snippet link studyId } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) {
  version traits { evidence { source { type messageId } start end quote } } } }`;

const AGENT_REPLY =
  'Thanks for writing in! I have passed this on to the product team and will follow up.';

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let messages: SeededMessage[];
let p1: string;

const customer = () => messages.filter((m) => m.role === 'CUSTOMER');
const agent = () => messages.filter((m) => m.role === 'AGENT');

async function wait<T extends { status: string }>(read: () => Promise<T>): Promise<T> {
  for (let i = 0; i < 240; i++) {
    const run = await read();
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('run did not finish');
}

const personaRows = () =>
  t.db.query<{ id: string; content: any }>(
    `SELECT p.id, v.content FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
      WHERE p.study_id = $1 ORDER BY p.created_at, p.id`,
    [ctx.studyId],
  );

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Feedback evidence');
  await seedStudyViaApi(t, ctx.owner.token, ctx.studyId, { responses: 60, transcripts: 3 });
  [{ id: p1 }] = await t.db.query<{ id: string }>(
    `SELECT id FROM participant WHERE study_id = $1 AND label = 'P1'`,
    [ctx.studyId],
  );
  // Tickets in customers' own words (the demo study's vocabulary), each answered by an agent; the
  // first is from the customer who was also interviewed as P1.
  const said = demoResponses(18, 99);
  messages = await seedFeedback(
    t,
    ctx.studyId,
    said.map((r, i) => ({
      title: `Zendesk ticket ${4500 + i}`,
      participantId: i === 0 ? p1 : null,
      messages: [
        {
          role: 'CUSTOMER',
          text: `${String(r.answers.pain ?? '')} ${String(r.answers.goal ?? '')}`.trim(),
        },
        { role: 'AGENT', text: AGENT_REPLY },
        ...(i === 1
          ? [
              {
                role: 'CUSTOMER' as const,
                text: 'The kaleidoscopic colour palette hides the numbers; write to ops@example.com.',
              },
            ]
          : []),
      ],
    })),
  );
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('coding feedback', () => {
  it('codes a customer message: the highlight carries the message and its exact text', async () => {
    const code = (
      await t.gql(
        'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
        { i: { studyId: ctx.studyId, name: 'Palette complaints', category: 'PAIN_POINT' } },
        ctx.owner.token,
      )
    ).data!.createCode.id;
    const m = customer().find((x) => x.text.startsWith('The kaleidoscopic'))!;
    const res = await t.gql(
      APPLY,
      {
        i: {
          codeId: code,
          source: { type: 'FEEDBACK_MESSAGE', messageId: m.id },
          start: 4,
          end: 31,
        },
      },
      ctx.owner.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyCode).toMatchObject({
      start: 4,
      end: 31,
      text: m.text.slice(4, 31),
      status: 'ACCEPTED',
      source: { type: 'FEEDBACK_MESSAGE', messageId: m.id, segmentId: null, responseId: null },
    });
    const [row] = await t.db.query<{ message_id: string; source_type: string }>(
      'SELECT message_id, source_type FROM highlight WHERE id = $1',
      [res.data!.applyCode.id],
    );
    expect(row).toEqual({ message_id: m.id, source_type: 'FEEDBACK_MESSAGE' });
    // The code's highlight list says where it is, with the conversation to link to.
    const page = (
      await t.gql(
        'query($c: ID!) { codeHighlights(codeId: $c) { nodes { place { label speaker conversationId interviewId } } } }',
        { c: code },
        ctx.owner.token,
      )
    ).data!.codeHighlights;
    expect(page.nodes[0].place).toEqual({
      label: 'Zendesk ticket 4501, message 3',
      speaker: 'Customer',
      conversationId: m.conversationId,
      interviewId: null,
    });
  });

  it('resolves a message as source text with its place and conversation', async () => {
    const m = customer()[0];
    const ctxText = (
      await t.gql(SOURCE, { s: { type: 'FEEDBACK_MESSAGE', messageId: m.id } }, ctx.owner.token)
    ).data!.sourceText;
    expect(ctxText).toMatchObject({
      text: m.text,
      label: 'Zendesk ticket 4500, message 1',
      speaker: 'Customer',
      conversationId: m.conversationId,
      studyId: ctx.studyId,
      interviewId: null,
    });
    // Another workspace cannot read it: answered like a source that does not exist.
    const stranger = await t.signUp('Stranger');
    const foreign = await t.gql(
      SOURCE,
      { s: { type: 'FEEDBACK_MESSAGE', messageId: m.id } },
      stranger.token,
    );
    expect(foreign.data?.sourceText ?? null).toBeNull();
    // A message id is required for this type.
    const bad = errorOf(
      await t.gql(
        APPLY,
        { i: { codeId: m.id, source: { type: 'FEEDBACK_MESSAGE' }, start: 0, end: 1 } },
        ctx.owner.token,
      ),
    );
    expect(bad.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
  });

  it('suggests codes on customer messages, never on agent replies', async () => {
    const started = await t.gql(
      'mutation($s: ID!) { suggestCodes(studyId: $s, provider: "offline") { id } }',
      { s: ctx.studyId },
      ctx.owner.token,
    );
    const run = await wait(
      async () =>
        (await t.gql(CODING_RUN, { id: started.data!.suggestCodes.id }, ctx.owner.token)).data!
          .codingRun,
    );
    expect(run.error).toBeNull();
    const rows = await t.db.query<{
      message_id: string;
      start_offset: number;
      end_offset: number;
      text: string;
    }>(
      `SELECT message_id, start_offset, end_offset, text FROM highlight
        WHERE study_id = $1 AND source_type = 'FEEDBACK_MESSAGE' AND status = 'SUGGESTED'`,
      [ctx.studyId],
    );
    expect(rows.length).toBeGreaterThan(0);
    const byId = new Map(messages.map((m) => [m.id, m]));
    for (const r of rows) {
      const m = byId.get(r.message_id)!;
      expect(m.role).toBe('CUSTOMER');
      expect(m.text.slice(r.start_offset, r.end_offset)).toBe(r.text);
    }
  });
});

describe('search', () => {
  it('finds a message, links to it in its conversation, and redacts emails in the snippet', async () => {
    const nodes = (
      await t.gql(
        SEARCH,
        { w: ctx.workspaceId, q: 'kaleidoscopic', src: ['FEEDBACK'] },
        ctx.owner.token,
      )
    ).data!.search.nodes;
    const m = customer().find((x) => x.text.startsWith('The kaleidoscopic'))!;
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      source: 'FEEDBACK',
      id: m.id,
      title: 'Zendesk ticket 4501',
      context: 'Customer · message 3',
      link: `/studies/${ctx.studyId}/feedback/${m.conversationId}#m-${m.id}`,
    });
    expect(nodes[0].snippet).not.toContain('ops@example.com');
    // The accepted highlight on it links to the same place.
    const highlights = (
      await t.gql(
        SEARCH,
        { w: ctx.workspaceId, q: 'kaleidoscopic', src: ['HIGHLIGHT'] },
        ctx.owner.token,
      )
    ).data!.search.nodes;
    expect(highlights[0]).toMatchObject({ source: 'HIGHLIGHT', context: 'Highlight in feedback' });
    expect(highlights[0].link).toBe(
      `/studies/${ctx.studyId}/feedback/${m.conversationId}#m-${m.id}`,
    );
  });
});

describe('synthesis', () => {
  it('personas quote survey answers, interview turns and customer messages, never agents', async () => {
    const started = await t.gql(
      START,
      { i: { studyId: ctx.studyId, provider: 'offline' } },
      ctx.owner.token,
    );
    const run = await wait(
      async () =>
        (await t.gql(RUN, { id: started.data!.startSynthesis.id }, ctx.owner.token)).data!
          .synthesisRun,
    );
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.quality.faithfulness).toBe(1);
    const personas = await personaRows();
    const evidence = personas.flatMap((p) => [
      ...p.content.quotes,
      ...p.content.traits.flatMap((tr: any) => tr.evidence),
    ]);
    const types = new Set(evidence.map((e: any) => e.source.type));
    expect([...types].sort()).toEqual(['FEEDBACK_MESSAGE', 'SURVEY_ANSWER', 'TRANSCRIPT_SEGMENT']);
    const byId = new Map(messages.map((m) => [m.id, m]));
    for (const e of evidence.filter((x: any) => x.source.type === 'FEEDBACK_MESSAGE')) {
      const m = byId.get(e.source.messageId)!;
      expect(m.role).toBe('CUSTOMER');
      expect(m.text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.quote).not.toContain(AGENT_REPLY.slice(0, 20));
    }
    // The customer interviewed as P1 is one member, not two.
    const all = (
      await t.db.query<{ m: string }>(
        `SELECT m FROM persona p, jsonb_array_elements_text(p.member_ids) m WHERE p.study_id = $1`,
        [ctx.studyId],
      )
    ).map((r) => r.m);
    expect(all).toContain(`p:${p1}`);
    expect(all.some((id) => id === `c:${messages[0].conversationId}`)).toBe(false);
    expect(all.some((id) => id === `c:${messages[2].conversationId}`)).toBe(true);
  });

  it('refuses an agent reply as evidence of a trait, and accepts a customer message', async () => {
    const [persona] = await personaRows();
    const trait = (messageId: string, end: number) => ({
      kind: 'PAIN_POINT',
      text: 'Fights with the product',
      evidence: [{ source: { type: 'FEEDBACK_MESSAGE', messageId }, start: 0, end }],
    });
    const refused = errorOf(
      await t.gql(
        UPDATE,
        { id: persona.id, i: { traits: [trait(agent()[0].id, 10)] } },
        ctx.owner.token,
      ),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/agent's reply/);
    const m = customer()[3];
    const ok = await t.gql(
      UPDATE,
      { id: persona.id, i: { traits: [trait(m.id, 12)] } },
      ctx.owner.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updatePersona.traits[0].evidence[0]).toEqual({
      source: { type: 'FEEDBACK_MESSAGE', messageId: m.id },
      start: 0,
      end: 12,
      quote: m.text.slice(0, 12),
    });
  });
});
