import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { ThemeRunService } from '@persona-lab/coding';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Theme discovery end to end, on the real engine and the real database: two open questions and a
// transcript become theme codes with suggested highlights; re-runs, bulk accept/undo, rename, merge
// and drop; refusals. The corpus is small (the encoder takes ~8 ms a sentence).

const THEME = `id label description keyphrases questionId sourceLabel unitCount pendingSuggestions acceptedSuggestions
  code { id name category } examples(first: 2) { id text start end status confidence source { type segmentId responseId questionId } }`;
const DISCOVER = `mutation($i: DiscoverThemesInput!) { discoverThemes(input: $i) { id status progress provider } }`;
const RUN = `query($id: ID!) { themeRun(id: $id) { id status progress error message themeCount suggestionCount provider themes { id } } }`;
const THEMES = `query($s: ID!) { themes(studyId: $s) { ${THEME} } }`;

const PAIN = [
  'The dashboard is slow to load every morning.',
  'Loading the dashboard is so slow.',
  'The dashboard loads slowly every day.',
  'Slow loading of the dashboard wastes my time. You can write to me at sam.lee@example.com about it.',
  'The dashboard takes ages to load.',
  'The pricing is confusing and I never know which plan we pay for.',
  'Pricing plans are confusing.',
  'I do not understand the pricing or what each plan includes.',
  'Confusing pricing: the plans and the invoice never match.',
  'The app crashes when I export a report to CSV.',
  'Exporting to CSV crashes the app.',
  'The app crashes on every export.',
  'Crashes during export are my biggest frustration.',
];
const GOAL = [
  'I want to automate my weekly reports so they send themselves.',
  'Automating the weekly report would save me hours.',
  'My goal is to automate report sending every week.',
  'I want reports to go out automatically every Monday.',
  'I want to share dashboards with my team in one click.',
  'Sharing dashboards with the whole team should be easy.',
  'I need to share a dashboard link with my colleagues.',
  'Easy sharing of dashboards with teammates is what I want.',
];
const TRANSCRIPT = [
  'Ann: What gets in your way?',
  'Bo: Honestly the mobile app keeps logging me out.',
  'Ann: How often?',
  'Bo: The mobile app logs me out several times a day.',
  'Ann: Anything else?',
  'Bo: Getting logged out of the mobile app all the time is annoying.',
  'Ann: And on your phone?',
  'Bo: On my phone the app signs me out constantly.',
  'Ann: What about support?',
  'Bo: Support takes days to answer my tickets.',
  'Ann: Really?',
  'Bo: Waiting days for support to answer a ticket is painful.',
  'Ann: Go on.',
  'Bo: The support team is slow to reply to tickets.',
].join('\n\n');

let t: TestApp;
let fake: FakeOpenAI;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let viewer: { token: string };
let researcher: { token: string };
let surveyId: string;
let slug: string;
let interviewerSegments: string[];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForRun(id: string, token = ctx.owner.token) {
  for (let i = 0; i < 400; i++) {
    const run = (await t.gql(RUN, { id }, token)).data!.themeRun;
    if (['SUCCEEDED', 'FAILED'].includes(run.status)) return run;
    await sleep(150);
  }
  throw new Error('theme run did not finish');
}

async function discover(input: Record<string, unknown>, token = ctx.owner.token) {
  const started = await t.gql(DISCOVER, { i: input }, token);
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  return waitForRun(started.data.discoverThemes.id, token);
}

const themesOf = async (studyId = ctx.studyId, token = ctx.owner.token) => (await t.gql(THEMES, { s: studyId }, token)).data!.themes as any[];
const count = async (sql: string, params: unknown[] = []) => (await t.db.query<{ n: number }>(sql, params))[0].n;

async function submit(s: string, answers: Record<string, unknown>) {
  const res = await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
    i: { slug: s, clientResponseId: randomUUID(), complete: true, answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })) },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.submitResponse.responseId as string;
}

async function newSurvey(studyId: string, questions: object[]) {
  const s = (await t.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId, title: 'Feedback', questions } }, ctx.owner.token)).data!.createSurvey;
  await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: s.id }, ctx.owner.token);
  return s as { id: string; slug: string };
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestApp({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-labeller' });
  ctx = await createStudyFixture(t, 'Themes');
  viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
  researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
  const s = await newSurvey(ctx.studyId, [
    { id: 'pain', type: 'LONG_TEXT', title: 'What frustrates you most?', personaField: 'PAIN_POINT' },
    { id: 'goal', type: 'SHORT_TEXT', title: 'What do you want to achieve?', personaField: 'GOAL' },
    { id: 'health', type: 'LONG_TEXT', title: 'Any health conditions we should know about?' },
    { id: 'mail', type: 'EMAIL', title: 'Your email' },
    { id: 'plan', type: 'SINGLE_CHOICE', title: 'Plan', options: [{ id: 'a', label: 'Free' }, { id: 'b', label: 'Pro' }] },
  ]);
  surveyId = s.id;
  slug = s.slug;
  for (let i = 0; i < PAIN.length; i++) {
    await submit(slug, {
      pain: PAIN[i],
      ...(i < GOAL.length ? { goal: GOAL[i] } : {}),
      health: 'I have asthma and the app crashes when I export a report to CSV.',
      mail: `person${i}@example.com`,
      plan: 'a',
    });
  }
  // The question schema's optional `sensitive` flag, set the way a stored definition carries it.
  await t.db.query(
    `UPDATE survey SET definition = jsonb_set(definition, '{questions,2,sensitive}', 'true') WHERE id = $1`,
    [surveyId],
  );
  const iv = await t.gql(
    'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id isInterviewer } } }',
    { i: { studyId: ctx.studyId, title: 'Bo', format: 'PLAIN', content: TRANSCRIPT, interviewerSpeakers: ['Ann'] } },
    ctx.owner.token,
  );
  interviewerSegments = iv.data!.importTranscript.segments.filter((x: any) => x.isInterviewer).map((x: any) => x.id);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('refusals (nothing written)', () => {
  it('refuses unknown, closed, email and sensitive questions, empty studies and unknown providers with a sentence', async () => {
    const before = await count('SELECT count(*)::int AS n FROM theme_run');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ studyId: ctx.studyId, questionIds: ['nope'] }, /not in any survey/],
      [{ studyId: ctx.studyId, questionIds: ['plan'] }, /not an open-text question/],
      [{ studyId: ctx.studyId, questionIds: ['mail'] }, /email/],
      [{ studyId: ctx.studyId, questionIds: ['health'] }, /sensitive/],
      [{ studyId: ctx.studyId, questionIds: [] }, /at least one question/],
      [{ studyId: ctx.studyId, provider: 'gpt-9000' }, /provider/],
    ];
    for (const [input, message] of cases) {
      const err = errorOf(await t.gql(DISCOVER, { i: input }, ctx.owner.token));
      expect(err.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(err.message).toMatch(message);
    }
    const empty = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Empty' } }, ctx.owner.token)).data!.createStudy.id;
    const none = errorOf(await t.gql(DISCOVER, { i: { studyId: empty } }, ctx.owner.token));
    expect(none.code).toBe('BAD_USER_INPUT');
    expect(none.message).toMatch(/no open-text answers/);
    expect(errorOf(await t.gql(DISCOVER, { i: { studyId: ctx.studyId } }, viewer.token)).code).toBe('FORBIDDEN');
    const outsider = await t.signUp('Outsider');
    expect(errorOf(await t.gql(DISCOVER, { i: { studyId: ctx.studyId } }, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(THEMES, { s: ctx.studyId }, outsider.token)).code).toBe('NOT_FOUND');
    expect(await count('SELECT count(*)::int AS n FROM theme_run')).toBe(before);
  });
});

describe('discovery', () => {
  let first: any;

  it('finds themes per question and in participant turns, as codes whose category follows the persona field', async () => {
    first = await discover({ studyId: ctx.studyId });
    expect(first).toMatchObject({ status: 'SUCCEEDED', progress: 1, error: null, provider: 'offline' });
    const themes = await themesOf();
    expect(first.themeCount).toBe(themes.length);
    const by = (q: string | null) => themes.filter((x) => x.questionId === q);
    expect(by('pain').length).toBeGreaterThanOrEqual(2);
    expect(by('goal').length).toBeGreaterThanOrEqual(1);
    expect(by(null).length).toBeGreaterThanOrEqual(1);
    expect(themes.every((x) => ['pain', 'goal', null].includes(x.questionId))).toBe(true);
    expect(by('pain').every((x) => x.code.category === 'PAIN_POINT' && x.sourceLabel === 'What frustrates you most?')).toBe(true);
    expect(by('goal').every((x) => x.code.category === 'GOAL')).toBe(true);
    expect(by(null).every((x) => x.code.category === 'OTHER' && x.sourceLabel === 'Interview transcripts')).toBe(true);
    for (const x of themes) {
      expect(x.code.name.toLowerCase()).toContain(x.label.toLowerCase());
      expect(x.pendingSuggestions).toBeGreaterThan(0);
      expect(x.keyphrases.length).toBeGreaterThan(0);
      expect(x.examples.length).toBeGreaterThan(0);
    }
    // A pain theme about slowness and one about pricing, each holding its own answers.
    const slow = by('pain').find((x) => /slow|load/i.test(x.label));
    expect(slow?.examples.every((e: any) => /slow|load|ages|forever/i.test(e.text))).toBe(true);
  });

  it('suggests verbatim spans of the source text, never emails, interviewer turns, or email and sensitive answers', async () => {
    const rows = await t.db.query<any>(
      `SELECT h.text, h.start_offset, h.end_offset, h.source_type, h.segment_id, h.question_id, h.confidence, h.status,
              COALESCE(s.text, r.answers ->> h.question_id) AS source
         FROM highlight h LEFT JOIN transcript_segment s ON s.id = h.segment_id LEFT JOIN response r ON r.id = h.response_id
        WHERE h.study_id = $1 AND h.coder = 'offline-themes'`,
      [ctx.studyId],
    );
    expect(rows.length).toBe(first.suggestionCount);
    expect(rows.length).toBeGreaterThan(10);
    for (const h of rows) {
      expect(h.source.slice(h.start_offset, h.end_offset)).toBe(h.text);
      expect(h.status).toBe('SUGGESTED');
      expect(h.confidence).toBeGreaterThan(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
      expect(h.text).not.toMatch(/@/);
      expect(['pain', 'goal', null]).toContain(h.question_id);
      if (h.segment_id) expect(interviewerSegments).not.toContain(h.segment_id);
    }
    const labels = (await themesOf()).flatMap((x) => [x.label, x.description ?? '', ...x.keyphrases]).join(' ');
    expect(labels).not.toMatch(/sam|example\.com|asthma/i);
  });

  it('re-running adds no theme, code or suggestion, and leaves reviewed suggestions alone', async () => {
    const [one, two] = (await themesOf()).filter((x) => x.questionId === 'pain');
    const review = (id: string, accept: boolean) => t.gql('mutation($id: ID!, $a: Boolean!) { reviewSuggestion(id: $id, accept: $a) { status } }', { id, a: accept }, ctx.owner.token);
    expect((await review(one.examples[0].id, true)).data?.reviewSuggestion.status).toBe('ACCEPTED');
    expect((await review(two.examples[0].id, false)).data?.reviewSuggestion.status).toBe('REJECTED');
    const before = await t.db.query<any>(`SELECT (SELECT count(*)::int FROM code) AS codes, (SELECT count(*)::int FROM theme) AS themes, (SELECT count(*)::int FROM highlight) AS highlights`);
    const again = await discover({ studyId: ctx.studyId });
    expect(again).toMatchObject({ status: 'SUCCEEDED', suggestionCount: 0, themeCount: first.themeCount });
    const after = await t.db.query<any>(`SELECT (SELECT count(*)::int FROM code) AS codes, (SELECT count(*)::int FROM theme) AS themes, (SELECT count(*)::int FROM highlight) AS highlights`);
    expect(after).toEqual(before);
    const statuses = await t.db.query<{ id: string; status: string }>('SELECT id, status FROM highlight WHERE id = ANY($1) ORDER BY status', [[one.examples[0].id, two.examples[0].id]]);
    expect(statuses.map((s) => s.status)).toEqual(['ACCEPTED', 'REJECTED']);
    // The latest run now owns the themes.
    expect((await waitForRun(again.id)).themes.length).toBe(first.themeCount);
  });
});

describe('runs that stop', () => {
  it('a run resumed after a crash (status still RUNNING) finishes without duplicating anything', async () => {
    const done = await discover({ studyId: ctx.studyId, includeTranscripts: false });
    const counts = () => t.db.query<any>(`SELECT (SELECT count(*)::int FROM code) AS codes, (SELECT count(*)::int FROM theme) AS themes, (SELECT count(*)::int FROM highlight) AS highlights`);
    const before = await counts();
    await t.db.query(`UPDATE theme_run SET status = 'RUNNING', progress = 0.4, finished_at = NULL WHERE id = $1`, [done.id]);
    await t.app.get(ThemeRunService).execute(done.id);
    expect(await waitForRun(done.id)).toMatchObject({ status: 'SUCCEEDED', progress: 1, suggestionCount: 0 });
    expect(await counts()).toEqual(before);
  });

  it('one active run per study: a second start is a CONFLICT, a run that stopped beating no longer blocks', async () => {
    const [stuck] = await t.db.query<{ id: string }>(
      `INSERT INTO theme_run (study_id, provider, status, heartbeat_at) VALUES ($1, 'offline', 'RUNNING', now()) RETURNING id`,
      [ctx.studyId],
    );
    const refused = errorOf(await t.gql(DISCOVER, { i: { studyId: ctx.studyId } }, ctx.owner.token));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/already running/);
    await t.db.query(`UPDATE theme_run SET heartbeat_at = now() - interval '2 hours' WHERE id = $1`, [stuck.id]);
    expect((await discover({ studyId: ctx.studyId })).status).toBe('SUCCEEDED');
    expect(await waitForRun(stuck.id)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/start it again/) });
  });
});

describe('acting on a theme', () => {
  const ACCEPT = `mutation($id: ID!) { acceptTheme(id: $id) { id pendingSuggestions acceptedSuggestions } }`;
  const UNDO = `mutation($id: ID!) { undoAcceptTheme(id: $id) { id pendingSuggestions acceptedSuggestions } }`;
  const RENAME = `mutation($id: ID!, $l: String!) { renameTheme(id: $id, label: $l) { id label code { name } } }`;
  const MERGE = `mutation($a: ID!, $b: ID!) { mergeThemes(sourceId: $a, targetId: $b) { id unitCount pendingSuggestions code { id } } }`;
  const DROP = `mutation($id: ID!) { dropTheme(id: $id) }`;

  it('accepts all pending suggestions at once, and undo puts exactly those back', async () => {
    const goal = (await themesOf()).find((x) => x.questionId === 'goal');
    const pendingIds = async () => (await t.db.query<{ id: string }>(`SELECT id FROM highlight WHERE code_id = $1 AND status = 'SUGGESTED' ORDER BY id`, [goal.code.id])).map((r) => r.id);
    const pending = await pendingIds();
    // One suggestion accepted by hand before: undo must leave it accepted.
    const byHand = pending.pop()!;
    await t.gql('mutation($id: ID!) { reviewSuggestion(id: $id, accept: true) { status } }', { id: byHand }, researcher.token);
    expect(errorOf(await t.gql(ACCEPT, { id: goal.id }, viewer.token)).code).toBe('FORBIDDEN');
    const accepted = (await t.gql(ACCEPT, { id: goal.id }, researcher.token)).data!.acceptTheme;
    expect(accepted).toEqual({ id: goal.id, pendingSuggestions: 0, acceptedSuggestions: pending.length + 1 });
    // A second click has nothing to accept and keeps what undo restores.
    expect((await t.gql(ACCEPT, { id: goal.id }, researcher.token)).data!.acceptTheme.pendingSuggestions).toBe(0);
    expect(errorOf(await t.gql(UNDO, { id: goal.id }, viewer.token)).code).toBe('FORBIDDEN');
    const undone = (await t.gql(UNDO, { id: goal.id }, researcher.token)).data!.undoAcceptTheme;
    expect(undone).toEqual({ id: goal.id, pendingSuggestions: pending.length, acceptedSuggestions: 1 });
    expect(await pendingIds()).toEqual(pending);
    expect(errorOf(await t.gql(UNDO, { id: goal.id }, researcher.token)).code).toBe('CONFLICT');
  });

  it('renames theme and code; a taken name is a conflict; a re-run keeps the new name', async () => {
    const [x, y] = (await themesOf()).filter((z) => z.questionId === 'pain');
    expect(errorOf(await t.gql(RENAME, { id: x.id, l: 'Nope' }, viewer.token)).code).toBe('FORBIDDEN');
    expect((await t.gql(RENAME, { id: x.id, l: '  Sluggish   pages ' }, ctx.owner.token)).data!.renameTheme).toEqual({ id: x.id, label: 'Sluggish pages', code: { name: 'Sluggish pages' } });
    expect(errorOf(await t.gql(RENAME, { id: y.id, l: 'sluggish PAGES' }, ctx.owner.token)).code).toBe('CONFLICT');
    expect(errorOf(await t.gql(RENAME, { id: y.id, l: '   ' }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
    const run = await discover({ studyId: ctx.studyId, questionIds: ['pain'], includeTranscripts: false });
    expect(run.status).toBe('SUCCEEDED');
    const after = (await themesOf()).find((z) => z.id === x.id);
    expect(after.label).toBe('Sluggish pages');
  });

  it('merges two themes without duplicates, and a re-run adds to the target instead of bringing the source back', async () => {
    const all = await themesOf();
    const [source, target] = all.filter((z) => z.questionId === 'pain').slice(-2);
    const moved = await count(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1`, [source.code.id]);
    const kept = await count(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1`, [target.code.id]);
    expect(errorOf(await t.gql(MERGE, { a: source.id, b: target.id }, viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(MERGE, { a: source.id, b: source.id }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
    const merged = (await t.gql(MERGE, { a: source.id, b: target.id }, ctx.owner.token)).data!.mergeThemes;
    expect(merged.id).toBe(target.id);
    expect(await count(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1`, [target.code.id])).toBe(moved + kept);
    expect(await count('SELECT count(*)::int AS n FROM code WHERE id = $1', [source.code.id])).toBe(0);
    const themeCount = (await themesOf()).length;
    expect(themeCount).toBe(all.length - 1);
    const run = await discover({ studyId: ctx.studyId });
    expect(run.status).toBe('SUCCEEDED');
    expect((await themesOf()).length).toBe(themeCount);
    expect(await count(`SELECT count(*)::int AS n FROM highlight WHERE code_id = $1`, [target.code.id])).toBe(moved + kept);
    const dup = await count(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM highlight GROUP BY code_id, coder, segment_id, response_id, question_id, start_offset, end_offset HAVING count(*) > 1) d`,
    );
    expect(dup).toBe(0);
  });

  it('drops a theme with its code and pending suggestions, never accepted highlights of other codes; refuses one with accepted highlights', async () => {
    const themes = await themesOf();
    const transcript = themes.find((x) => x.questionId === null);
    const goal = themes.find((x) => x.questionId === 'goal');
    const acceptedElsewhere = await count(`SELECT count(*)::int AS n FROM highlight WHERE status = 'ACCEPTED' AND code_id <> $1`, [transcript.code.id]);
    expect(errorOf(await t.gql(DROP, { id: transcript.id }, viewer.token)).code).toBe('FORBIDDEN');
    expect((await t.gql(DROP, { id: transcript.id }, ctx.owner.token)).data!.dropTheme).toBe(true);
    expect(await count('SELECT count(*)::int AS n FROM highlight WHERE code_id = $1', [transcript.code.id])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM code WHERE id = $1', [transcript.code.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM highlight WHERE status = 'ACCEPTED'`)).toBe(acceptedElsewhere);
    expect(errorOf(await t.gql(DROP, { id: transcript.id }, ctx.owner.token)).code).toBe('NOT_FOUND');
    // The goal theme keeps one highlight accepted by hand.
    expect(errorOf(await t.gql(DROP, { id: goal.id }, ctx.owner.token)).code).toBe('CONFLICT');
  });
});

describe('thin or odd input', () => {
  it('a study with three answers ends SUCCEEDED with a message and no themes', async () => {
    const studyId = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Tiny' } }, ctx.owner.token)).data!.createStudy.id;
    const s = await newSurvey(studyId, [{ id: 'why', type: 'LONG_TEXT', title: 'Why did you sign up?', personaField: 'MOTIVATION' }]);
    for (const a of ['My boss asked me to try it.', 'A friend recommended the tool.', 'I wanted better reports.']) await submit(s.slug, { why: a });
    const run = await discover({ studyId });
    expect(run).toMatchObject({ status: 'SUCCEEDED', themeCount: 0, suggestionCount: 0, error: null });
    expect(run.message).toMatch(/Why did you sign up\?.*3 answers.*at least 5/);
    expect(await themesOf(studyId)).toEqual([]);
  });

  it('by default reads the questions about needs, not bookkeeping or who people are', async () => {
    const studyId = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Defaults' } }, ctx.owner.token)).data!.createStudy.id;
    const s = await newSurvey(studyId, [
      { id: 'why', type: 'LONG_TEXT', title: 'Why did you sign up?', personaField: 'MOTIVATION' },
      { id: 'heard', type: 'SHORT_TEXT', title: 'How did you hear about this survey?', personaField: 'NONE' },
      { id: 'job', type: 'SHORT_TEXT', title: 'What is your job title?', personaField: 'DEMOGRAPHIC' },
    ]);
    for (const a of ['My boss asked me to try it.', 'A friend recommended the tool.', 'I wanted better reports.']) await submit(s.slug, { why: a, heard: 'From a newsletter we read every week.', job: 'Senior data analyst at a bank' });
    const run = await discover({ studyId });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.message).toMatch(/Why did you sign up\?/);
    expect(run.message).not.toMatch(/hear about this survey|job title/);
  });

  it('openai relabels themes from redacted sentences; the model never sees an email', async () => {
    fake.reset();
    const relabel = (req: ChatRequest) => {
      const ids = (req.response_format!.json_schema!.schema as any).properties.themes.items.properties.themeId.enum as string[];
      return { themes: ids.map((id) => ({ themeId: id, label: `Model label ${id} mail me at x@y.io`, description: 'Named by the model.' })) };
    };
    fake.script(Array.from({ length: 10 }, () => ({ custom: relabel })));
    const studyId = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Relabel' } }, ctx.owner.token)).data!.createStudy.id;
    const s = await newSurvey(studyId, [{ id: 'pain', type: 'LONG_TEXT', title: 'What frustrates you?', personaField: 'PAIN_POINT' }]);
    for (const a of PAIN) await submit(s.slug, { pain: a });
    const run = await discover({ studyId, provider: 'openai' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'openai' });
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
    const sent = JSON.stringify(fake.requests.map((r) => r.messages));
    expect(sent).not.toContain('sam.lee@example.com');
    const themes = await themesOf(studyId);
    expect(themes.length).toBeGreaterThan(0);
    for (const x of themes) {
      expect(x.label).toMatch(/^Model label t\d+ mail me at \[email\]$/);
      expect(x.description).toBe('Named by the model.');
      expect(x.code.category).toBe('PAIN_POINT');
    }
  });
});
