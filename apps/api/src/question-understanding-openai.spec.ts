import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { OpenAiDriver } from '@persona-lab/llm';
import { understandQuestions, type QuestionEvidence } from '@persona-lab/surveys';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The `openai` provider of question understanding against the tests' fake server (127.0.0.1).
const QUESTIONS: QuestionEvidence[] = [
  { title: 'How often do you cook at home?', type: 'SINGLE_CHOICE', options: ['Daily', 'Weekly'] },
  { title: 'What is your gender?', type: 'SINGLE_CHOICE', options: ['Female', 'Male'] },
  { title: 'Where can we reach you?', type: 'SHORT_TEXT', answers: ['ana@example.com', 'call +44 20 7946 0958'] },
];

/** The questions the model was sent (the JSON between the data markers). */
function sent(request: ChatRequest): { id: string; title: string; answers: string[] }[] {
  const user = String(request.messages?.find((m) => m.role === 'user')?.content ?? '');
  return JSON.parse(/<<<DATA\n([\s\S]*)\nDATA>>>/.exec(user)![1]);
}

let fake: FakeOpenAI;
let llm: OpenAiDriver;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  llm = new OpenAiDriver({ apiKey: 'k', baseURL: fake.url, model: 'fake-understander', maxRetries: 0 });
});
afterAll(async () => fake?.close());
beforeEach(() => fake.reset());

describe('understandQuestions with provider openai', () => {
  it('takes the model’s field per question, constrained to the enum, with its reason', async () => {
    fake.script([
      {
        custom: (request) => ({
          questions: sent(request).map((q) => ({ id: q.id, personaField: q.id === '0' ? 'GOAL' : 'NONE', sensitive: false, reason: `Model says ${q.id}` })),
        }),
      },
    ]);
    const got = await understandQuestions(QUESTIONS, { provider: 'openai', llm });
    expect(got[0]).toEqual({ personaField: 'GOAL', sensitive: false, reason: 'Model says 0 (model)' });
    // The model may not clear what the rules flag: gender stays sensitive, and so DEMOGRAPHIC.
    expect(got[1]).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: true });
    expect(got[2]).toMatchObject({ personaField: 'NONE', sensitive: false });
    const schema = fake.requests[0].response_format!.json_schema!.schema as any;
    expect(schema.properties.questions.items.properties.personaField.enum).toContain('PAIN_POINT');
    // The gender question is flagged sensitive by the rules: it never reaches the model.
    expect(schema.properties.questions.items.properties.id.enum).toEqual(['0', '2']);
    expect(JSON.stringify(fake.requests[0])).not.toMatch(/What is your gender|Female/);
  });

  it('never sends an email address or phone number', async () => {
    await understandQuestions(QUESTIONS, { provider: 'openai', llm });
    const body = JSON.stringify(fake.requests[0]);
    expect(body).not.toContain('ana@example.com');
    expect(body).not.toContain('7946');
    expect(sent(fake.requests[0]).find((q) => q.id === '2')!.answers).toEqual(['[email]', 'call [phone]']);
  });

  it('falls back to the offline verdict for an invalid or missing answer', async () => {
    const offline = await understandQuestions(QUESTIONS);
    fake.script([{ custom: () => ({ questions: [{ id: '0', personaField: 'FAVOURITE_COLOUR', sensitive: false, reason: 'x' }] }) }]);
    expect(await understandQuestions(QUESTIONS, { provider: 'openai', llm })).toEqual(offline);
  });

  it('falls back to offline when the model answers no JSON or fails', async () => {
    const offline = await understandQuestions(QUESTIONS);
    fake.script(['malformed']);
    expect(await understandQuestions(QUESTIONS, { provider: 'openai', llm })).toEqual(offline);
    fake.script(['500']);
    expect(await understandQuestions(QUESTIONS, { provider: 'openai', llm })).toEqual(offline);
  });

  it('asks in batches', async () => {
    await understandQuestions(QUESTIONS, { provider: 'openai', llm, batchSize: 2 });
    const more = [...QUESTIONS, { title: 'Which features do you use?', type: 'MULTIPLE_CHOICE' as const, options: ['Search', 'Export'] }];
    await understandQuestions(more, { provider: 'openai', llm, batchSize: 2 });
    expect(fake.requests.map((r) => sent(r).map((q) => q.id)).slice(-2)).toEqual([['0', '2'], ['3']]);
  });
});
