import { startFakeOpenAI, type FakeOpenAI } from '@persona-lab/fake-openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFeedback } from '../../test/support/feedback-seed';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// A customer's message reaches a model only redacted (emails and phone numbers replaced), like a
// transcript turn; an agent's reply is never sent as a unit to code.

const RUN = 'query($id: ID!) { codingRun(id: $id) { id status error } }';

let t: TestApp;
let fake: FakeOpenAI;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestApp({
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: 'fake-coder',
  });
  ctx = await createStudyFixture(t, 'Feedback privacy');
}, 60_000);
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('feedback and the model', () => {
  it('sends customer messages redacted and never sends agent replies', async () => {
    await t.gql(
      'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
      { i: { studyId: ctx.studyId, name: 'Slow exports', category: 'PAIN_POINT' } },
      ctx.owner.token,
    );
    await seedFeedback(t, ctx.studyId, [
      {
        title: 'Zendesk ticket 77',
        messages: [
          {
            role: 'CUSTOMER',
            text: 'Exports are slow; call me on +44 20 7946 0958 or mail dana.ruiz@example.com.',
          },
          { role: 'AGENT', text: 'Agent-only reply: reach our desk at help@vendor.example.' },
        ],
      },
    ]);
    fake.reset();
    const started = await t.gql(
      'mutation($s: ID!) { suggestCodes(studyId: $s, provider: "openai") { id } }',
      { s: ctx.studyId },
      ctx.owner.token,
    );
    let run = { status: 'QUEUED', error: null as string | null };
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(run.status); i++) {
      await new Promise((r) => setTimeout(r, 250));
      run = (await t.gql(RUN, { id: started.data!.suggestCodes.id }, ctx.owner.token)).data!
        .codingRun;
    }
    expect(run.status).toBe('SUCCEEDED');
    const sent = JSON.stringify(fake.requests);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(sent).toContain('Exports are slow');
    expect(sent).not.toContain('dana.ruiz@example.com');
    expect(sent).not.toContain('7946');
    expect(sent).not.toContain('Agent-only reply');
  });
});
