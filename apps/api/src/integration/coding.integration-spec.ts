import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const CREATE_CODE = 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id name category parent { id } highlightCount } }';
const APPLY = 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id start end text status coder code { id name } source { type segmentId } } }';
const IMPORT = 'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id participant { label } segments { id index speaker startMs text isInterviewer } } }';
const RUN = 'query($id: ID!) { codingRun(id: $id) { id status progress error suggestions provider } }';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>What slows you down?</v>

00:00:04.500 --> 00:00:09.000
<v Sam>The dashboard is slow to load every morning. 😩 I export to CSV instead.</v>

00:00:09.500 --> 00:00:12.000
<v Sam>Pricing is confusing, I never know what plan we are on.</v>
`;

let t: TestApp;
let fake: FakeOpenAI;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let segments: { id: string; text: string; isInterviewer: boolean }[];
let slow: string;
let pricing: string;

async function waitForRun(id: string) {
  for (let i = 0; i < 80; i++) {
    const run = (await t.gql(RUN, { id }, ctx.owner.token)).data!.codingRun;
    if (['SUCCEEDED', 'FAILED'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('coding run did not finish');
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestApp({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-coder' });
  ctx = await createStudyFixture(t, 'Coding');
  const iv = await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Sam', format: 'VTT', content: VTT, participantLabel: 'P1', interviewerSpeakers: ['Interviewer'] } }, ctx.owner.token);
  expect(iv.data?.importTranscript.participant.label).toBe('P1');
  segments = iv.data!.importTranscript.segments;
  slow = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Slow performance', category: 'PAIN_POINT', description: 'Things load slowly or take too long.' } }, ctx.owner.token)).data!.createCode.id;
  pricing = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Pricing confusion', category: 'PAIN_POINT', description: 'Unclear plans or prices.' } }, ctx.owner.token)).data!.createCode.id;
}, 60_000);
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('transcripts', () => {
  it('keeps speakers, times and text exactly, and marks interviewer turns', () => {
    expect(segments.map((s) => s.isInterviewer)).toEqual([true, false, false]);
    expect(segments[1].text).toBe('The dashboard is slow to load every morning. 😩 I export to CSV instead.');
  });

  it('refuses malformed input with the line and stores nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM interview');
    const err = errorOf(await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Bad', format: 'VTT', content: 'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards' } }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/Line 3/);
    expect(errorOf(await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Empty', format: 'PLAIN', content: '  ' } }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM interview'))[0].n).toBe(before[0].n);
  });
});

describe('codebook', () => {
  it('nests, renames, moves and refuses cycles and duplicates', async () => {
    const parent = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Frustrations', category: 'PAIN_POINT' } }, ctx.owner.token)).data!.createCode.id;
    const child = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Crashes', category: 'PAIN_POINT', parentId: parent } }, ctx.owner.token)).data!.createCode;
    expect(child.parent.id).toBe(parent);
    expect(errorOf(await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'crashes', category: 'OTHER' } }, ctx.owner.token)).code).toBe('CONFLICT');
    const cycle = await t.gql('mutation($id: ID!, $i: UpdateCodeInput!) { updateCode(id: $id, input: $i) { id } }', { id: parent, i: { parentId: child.id } }, ctx.owner.token);
    expect(errorOf(cycle).code).toBe('BAD_USER_INPUT');
    const renamed = await t.gql('mutation($id: ID!, $i: UpdateCodeInput!) { updateCode(id: $id, input: $i) { name parent { id } } }', { id: child.id, i: { name: 'App crashes', parentId: null } }, ctx.owner.token);
    expect(renamed.data?.updateCode).toEqual({ name: 'App crashes', parent: null });
  });

  it('merges codes, moving highlights along, and asks before deleting a code with highlights', async () => {
    const a = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Export', category: 'BEHAVIOR' } }, ctx.owner.token)).data!.createCode.id;
    const b = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Workarounds', category: 'BEHAVIOR' } }, ctx.owner.token)).data!.createCode.id;
    const text = segments[1].text;
    const start = text.indexOf('I export');
    await t.gql(APPLY, { i: { codeId: a, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1].id }, start, end: text.length } }, ctx.owner.token);
    const merged = await t.gql('mutation($s: ID!, $t: ID!) { mergeCodes(sourceId: $s, targetId: $t) { id highlightCount } }', { s: a, t: b }, ctx.owner.token);
    expect(merged.data?.mergeCodes).toEqual({ id: b, highlightCount: 1 });
    const del = errorOf(await t.gql('mutation($id: ID!) { deleteCode(id: $id) }', { id: b }, ctx.owner.token));
    expect(del.code).toBe('CONFLICT');
    expect(del.extensions.highlights).toBe(1);
    expect((await t.gql('mutation($id: ID!) { deleteCode(id: $id, force: true) }', { id: b }, ctx.owner.token)).data?.deleteCode).toBe(true);
  });
});

describe('highlights', () => {
  it('checks offsets against the source text (UTF-16, end exclusive)', async () => {
    const text = segments[1].text;
    const start = text.indexOf('The dashboard');
    const end = text.indexOf('morning.') + 'morning.'.length;
    const h = await t.gql(APPLY, { i: { codeId: slow, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1].id }, start, end } }, ctx.owner.token);
    expect(h.data?.applyCode).toMatchObject({ text: 'The dashboard is slow to load every morning.', status: 'ACCEPTED', coder: ctx.owner.id });
    const emoji = text.indexOf('😩');
    const cutEmoji = await t.gql(APPLY, { i: { codeId: slow, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1].id }, start: emoji + 1, end: emoji + 4 } }, ctx.owner.token);
    expect(errorOf(cutEmoji).code).toBe('BAD_USER_INPUT');
    for (const [s, e] of [[-1, 3], [5, 5], [0, text.length + 1]]) {
      expect(errorOf(await t.gql(APPLY, { i: { codeId: slow, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1].id }, start: s, end: e } }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
    }
    expect(errorOf(await t.gql(APPLY, { i: { codeId: slow, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1].id }, start, end } }, ctx.owner.token)).code).toBe('CONFLICT');
  });

  it('codes survey answers using the answer text the contract defines', async () => {
    const s = (await t.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId: ctx.studyId, title: 'S', questions: [{ id: 'q', type: 'LONG_TEXT', title: 'Why?' }, { id: 'm', type: 'EMAIL', title: 'Email' }] } }, ctx.owner.token)).data!.createSurvey;
    await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: s.id }, ctx.owner.token);
    const r = await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', { i: { slug: s.slug, clientResponseId: 'resp-000001', complete: true, answers: [{ questionId: 'q', value: 'Loading takes forever.' }, { questionId: 'm', value: 'a@b.co' }] } });
    const responseId = r.data!.submitResponse.responseId;
    const ok = await t.gql(APPLY, { i: { codeId: slow, source: { type: 'SURVEY_ANSWER', responseId, questionId: 'q' }, start: 0, end: 22 } }, ctx.owner.token);
    expect(ok.data?.applyCode.text).toBe('Loading takes forever.');
    const email = errorOf(await t.gql(APPLY, { i: { codeId: slow, source: { type: 'SURVEY_ANSWER', responseId, questionId: 'm' }, start: 0, end: 3 } }, ctx.owner.token));
    expect(email.code).toBe('BAD_USER_INPUT');
    expect(email.message).not.toContain('a@b.co');
  });

  it('lets only OWNER and RESEARCHER code, hides foreign studies', async () => {
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    const input = { i: { codeId: pricing, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[2].id }, start: 0, end: 7 } };
    expect(errorOf(await t.gql(APPLY, input, viewer.token)).code).toBe('FORBIDDEN');
    const outsider = await t.signUp('Outsider');
    expect(errorOf(await t.gql(APPLY, input, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql('query($s: ID!) { highlights(studyId: $s) { id } }', { s: ctx.studyId }, outsider.token)).code).toBe('NOT_FOUND');
  });
});

describe('automatic coding', () => {
  it('suggests codes offline, then people accept or reject them', async () => {
    const started = await t.gql('mutation($s: ID!) { suggestCodes(studyId: $s, provider: "offline") { id status provider } }', { s: ctx.studyId }, ctx.owner.token);
    const run = await waitForRun(started.data!.suggestCodes.id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'offline' });
    const suggested = (await t.gql('query($s: ID!) { highlights(studyId: $s, status: SUGGESTED) { id text coder code { name } source { segmentId } } }', { s: ctx.studyId }, ctx.owner.token)).data!.highlights;
    expect(suggested.length).toBe(run.suggestions);
    // Never on interviewer turns.
    expect(suggested.every((h: any) => h.source.segmentId !== segments[0].id)).toBe(true);
    if (suggested.length) {
      const accepted = await t.gql('mutation($id: ID!) { reviewSuggestion(id: $id, accept: true) { status } }', { id: suggested[0].id }, ctx.owner.token);
      expect(accepted.data?.reviewSuggestion.status).toBe('ACCEPTED');
      expect(errorOf(await t.gql('mutation($id: ID!) { reviewSuggestion(id: $id, accept: false) { status } }', { id: suggested[0].id }, ctx.owner.token)).code).toBe('CONFLICT');
    }
    // A second run adds no duplicates.
    const again = await waitForRun((await t.gql('mutation($s: ID!) { suggestCodes(studyId: $s, provider: "offline") { id } }', { s: ctx.studyId }, ctx.owner.token)).data!.suggestCodes.id);
    expect(again.status).toBe('SUCCEEDED');
    const dup = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM highlight GROUP BY code_id, coder, segment_id, response_id, question_id, start_offset, end_offset HAVING count(*) > 1) d`,
    );
    expect(dup[0].n).toBe(0);
  });

  it('suggests with the openai driver: 429 then success; quotes not in the source are dropped', async () => {
    fake.reset();
    // A fresh code, so nothing is coded with it yet.
    const plans = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Plan confusion', category: 'PAIN_POINT' } }, ctx.owner.token)).data!.createCode.id;
    const answer = (req: ChatRequest) => {
      const items = (req.response_format!.json_schema!.schema as any).properties.suggestions.items.properties;
      const unit = items.unitId.enum.find((id: string) => id === `seg:${segments[2].id}`);
      return { suggestions: [
        { unitId: unit, codeId: plans, quote: 'Pricing is confusing' },
        { unitId: unit, codeId: plans, quote: 'a quote nobody said' },
      ] };
    };
    fake.script(['429', { custom: answer }]);
    const run = await waitForRun((await t.gql('mutation($s: ID!) { suggestCodes(studyId: $s, provider: "openai") { id } }', { s: ctx.studyId }, ctx.owner.token)).data!.suggestCodes.id);
    expect(run.status).toBe('SUCCEEDED');
    const mine = await t.db.query<{ text: string; start_offset: number }>(`SELECT text, start_offset FROM highlight WHERE coder = 'fake-coder'`);
    expect(mine).toEqual([{ text: 'Pricing is confusing', start_offset: 0 }]);
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('fails a run clearly on a malformed answer twice', async () => {
    fake.reset();
    fake.script(['malformed', 'malformed']);
    const run = await waitForRun((await t.gql('mutation($s: ID!) { suggestCodes(studyId: $s, provider: "openai") { id } }', { s: ctx.studyId }, ctx.owner.token)).data!.suggestCodes.id);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/JSON|format/);
  });
});

describe('agreement', () => {
  it("computes Cohen's kappa over (text unit × code) decisions of the units both coders judged", async () => {
    const studyId = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Agreement' } }, ctx.owner.token)).data!.createStudy.id;
    const content = 'Ann: One. Two.\n\nBo: Slow load.\n\nBo: Price hurts.\n\nBo: Fine otherwise.';
    const iv = (await t.gql(IMPORT, { i: { studyId, title: 'A', format: 'PLAIN', content, interviewerSpeakers: ['Ann'] } }, ctx.owner.token)).data!.importTranscript;
    const [s0, s1, s2, s3] = iv.segments;
    expect(s0.isInterviewer).toBe(true);
    const c1 = (await t.gql(CREATE_CODE, { i: { studyId, name: 'Speed', category: 'PAIN_POINT' } }, ctx.owner.token)).data!.createCode.id;
    const c2 = (await t.gql(CREATE_CODE, { i: { studyId, name: 'Price', category: 'PAIN_POINT' } }, ctx.owner.token)).data!.createCode.id;
    const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
    const code = (token: string, codeId: string, seg: { id: string; text: string }) =>
      t.gql(APPLY, { i: { codeId, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: seg.id }, start: 0, end: seg.text.length } }, token);
    await code(ctx.owner.token, c1, s1);
    await code(ctx.owner.token, c2, s2);
    await code(researcher.token, c1, s1);
    await code(researcher.token, c2, s3);
    const res = await t.gql('query($s: ID!, $a: String!, $b: String!) { codingAgreement(studyId: $s, coderA: $a, coderB: $b) { units observed cohensKappa perCode { codeName units observed cohensKappa } } }', { s: studyId, a: ctx.owner.id, b: researcher.id }, ctx.owner.token);
    // Only s1 was judged by both: 1 unit × 2 codes = 2 decisions, both agreed (too few to mean anything; see coding-agreement spec).
    expect(res.data!.codingAgreement).toMatchObject({ units: 2, observed: 1 });
    const speed = res.data!.codingAgreement.perCode.find((c: any) => c.codeName === 'Speed');
    expect(speed).toEqual({ codeName: 'Speed', units: 1, observed: 1, cohensKappa: 1 });
    expect(errorOf(await t.gql('query($s: ID!) { codingAgreement(studyId: $s, coderA: "x", coderB: "x") { units } }', { s: studyId }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
  });
});

describe('codebook exchange', () => {
  it('exports REFI-QDA and CSV, and imports them into another study all-or-nothing', async () => {
    const get = (path: string, token = ctx.owner.token) => fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const qdc = await (await get(`/api/studies/${ctx.studyId}/codebook.qdc`)).text();
    expect(qdc).toContain('<CodeBook');
    expect(qdc).toContain('name="Slow performance"');
    const csv = await (await get(`/api/studies/${ctx.studyId}/codebook.csv`)).text();
    const other = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Other' } }, ctx.owner.token)).data!.createStudy.id;
    const imported = await t.gql('mutation($s: ID!, $c: String!) { importCodebook(studyId: $s, format: QDC, content: $c) { name category } }', { s: other, c: qdc }, ctx.owner.token);
    const original = (await t.gql('query($id: ID!) { study(id: $id) { codes { name category } } }', { id: ctx.studyId }, ctx.owner.token)).data!.study.codes;
    expect([...imported.data!.importCodebook].sort((a: any, b: any) => a.name.localeCompare(b.name))).toEqual(original);
    // Importing the same names again is refused and adds nothing.
    const again = await t.gql('mutation($s: ID!, $c: String!) { importCodebook(studyId: $s, format: CSV, content: $c) { name } }', { s: other, c: csv }, ctx.owner.token);
    expect(errorOf(again).code).toBe('CONFLICT');
    expect((await t.gql('query($id: ID!) { study(id: $id) { codes { id } } }', { id: other }, ctx.owner.token)).data!.study.codes).toHaveLength(original.length);
    const bad = await t.gql('mutation($s: ID!, $c: String!) { importCodebook(studyId: $s, format: QDC, content: $c) { name } }', { s: other, c: '<CodeBook><Codes><Code guid="x"></Codes>' }, ctx.owner.token);
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    const highlights = await (await get(`/api/studies/${ctx.studyId}/highlights.csv`)).text();
    expect(highlights).toContain('The dashboard is slow to load every morning.');
    expect((await get(`/api/studies/${ctx.studyId}/codebook.qdc`, (await t.signUp('x')).token)).status).toBe(404);
  });
});
