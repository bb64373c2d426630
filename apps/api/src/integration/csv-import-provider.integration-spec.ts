import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Question understanding of a CSV import is offline unless the researcher asks for the model:
// `provider: "openai"` on previewSurveyCsv / importSurveyCsv, against the tests' fake server.

const CSV = 'Timestamp,How often do you cook at home?,What gender do you identify with?\n2024-01-01 10:00:00,Daily,Woman\n2024-01-02 10:00:00,Weekly,Man\n2024-01-03 10:00:00,Daily,Woman\n';
const PREVIEW = 'query($i: PreviewSurveyCsvInput!) { previewSurveyCsv(input: $i) { columns { header personaField sensitive reason } } }';

function sent(request: ChatRequest): { id: string }[] {
  const user = String(request.messages?.find((m) => m.role === 'user')?.content ?? '');
  return JSON.parse(/<<<DATA\n([\s\S]*)\nDATA>>>/.exec(user)![1]);
}

let fake: FakeOpenAI;
let withModel: TestApp;
let withoutModel: TestApp;
const studies = new Map<TestApp, { token: string; studyId: string }>();

async function studyOn(t: TestApp) {
  const { token } = await t.signUp('Importer');
  const ws = (await t.gql('mutation { createWorkspace(name: "Import") { id } }', {}, token)).data!.createWorkspace.id;
  const studyId = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ws, name: 'Import' } }, token)).data!.createStudy.id;
  studies.set(t, { token, studyId });
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  withModel = await createTestApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model' });
  withoutModel = await createTestApp();
  await studyOn(withModel);
  await studyOn(withoutModel);
}, 120_000);

afterAll(async () => {
  await withModel?.close();
  await withoutModel?.close();
  await fake?.close();
});

describe('CSV import: who infers persona fields', () => {
  it('is offline by default, even when a model is configured', async () => {
    fake.reset();
    const { token, studyId } = studies.get(withModel)!;
    const r = await withModel.gql(PREVIEW, { i: { studyId, csv: CSV } }, token);
    expect(r.data!.previewSurveyCsv.columns.find((c: any) => c.header.startsWith('How often')).personaField).toBe('BEHAVIOR');
    expect(fake.requests).toHaveLength(0);
  });

  it('asks the model with provider "openai", keeping the sensitive flag the rules raise', async () => {
    fake.reset();
    fake.script([{ custom: (req) => ({ questions: sent(req).map((q) => ({ id: q.id, personaField: 'GOAL', sensitive: false, reason: 'The model read it so' })) }) }]);
    const { token, studyId } = studies.get(withModel)!;
    const r = await withModel.gql(PREVIEW, { i: { studyId, csv: CSV, provider: 'openai' } }, token);
    const columns = r.data!.previewSurveyCsv.columns as { header: string; personaField: string; sensitive: boolean; reason: string }[];
    expect(columns.find((c) => c.header.startsWith('How often'))).toMatchObject({ personaField: 'GOAL', reason: expect.stringMatching(/model/) });
    expect(columns.find((c) => c.header.startsWith('What gender'))).toMatchObject({ sensitive: true });
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(fake.requests)).not.toContain('Woman');
  });

  it('refuses provider "openai" with a sentence when no model is configured, and writes nothing', async () => {
    const { token, studyId } = studies.get(withoutModel)!;
    const r = await withoutModel.gql('mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id } }', { i: { studyId, title: 'x', csv: CSV, provider: 'openai' } }, token);
    expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/No model is configured/) });
    const [{ n }] = await withoutModel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM survey');
    expect(n).toBe(0);
  });
});
