import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Response quality flags on the real database: submitted responses get flags (the job after
// submissions), results filter on them, the attention check never reaches a respondent, the R
// community export imported with defaults gets its attention check ("eight") and its flags, and
// synthesis leaves flagged responses out unless the run includes them.

const R_SURVEY = join(__dirname, '../../../../../shared/datasets/survey/r_community_survey_2019_english.csv');

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let surveyId: string;
let slug: string;
const ids: Record<string, string> = {};

const must = <T>(r: { data?: T | null; errors?: unknown }): T => {
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

const LIKERTS = ['l1', 'l2', 'l3', 'l4', 'l5'];
const TEXTS = [
  'Plots for papers and posters, mostly ggplot2.', 'Teaching statistics to undergraduates every term.',
  'Shiny dashboards for the sales team.', 'Bioinformatics pipelines and RNA-seq analysis.',
  'Cleaning survey data before weighting it.', 'Forecasting demand for a small shop.',
  'Hobby projects about football statistics.', 'Reproducible reports with R Markdown.',
  'Mixed models for ecology field data.', 'Text mining of customer reviews.',
  'Simulation studies for my thesis.', 'Quality control charts in a factory.',
];

async function submit(key: string, answers: Record<string, unknown>) {
  const r = must(
    await t.gql<{ submitResponse: { responseId: string } }>(
      'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
      { i: { slug, clientResponseId: randomUUID(), complete: true, answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })) } },
    ),
  );
  ids[key] = r.submitResponse.responseId;
}

const RESPONSES = `query($s: ID!, $f: ResultsFilter) { responses(surveyId: $s, first: 100, filter: $f) {
  totalCount nodes { id qualityFlags { reason detail } } } }`;
type Page = { responses: { totalCount: number; nodes: { id: string; qualityFlags: { reason: string; detail: string }[] }[] } };
const page = async (filter?: object) => must(await t.gql<Page>(RESPONSES, { s: surveyId, f: filter ?? null }, ctx.owner.token)).responses;
const SUMMARY = 'query($s: ID!) { survey(id: $s) { qualitySummary { responseCount flaggedCount reasons { reason count } } } }';

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Quality');
  const questions = [
    { id: 'ac', type: 'SHORT_TEXT', title: 'Letters in "analysis", as a word?', attentionCheck: { expected: ['eight'] } },
    { id: 'use', type: 'LONG_TEXT', title: 'What do you use R for?', personaField: 'GOAL' },
    ...LIKERTS.map((id, i) => ({ id, type: 'LIKERT', title: `Statement ${i + 1}`, min: 1, max: 5, personaField: 'PSYCHOGRAPHIC' })),
  ];
  const s = must(await t.gql<{ createSurvey: { id: string; slug: string } }>('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId: ctx.studyId, title: 'Quality', questions } }, ctx.owner.token)).createSurvey;
  surveyId = s.id;
  slug = s.slug;
  must(await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: surveyId }, ctx.owner.token));
  for (let i = 0; i < TEXTS.length; i++) {
    await submit(`clean${i}`, { ac: i % 3 ? 'Eight' : '8', use: TEXTS[i], ...Object.fromEntries(LIKERTS.map((l, k) => [l, ((i + k) % 5) + 1])) });
  }
  await submit('inattentive', { ac: 'seven', use: 'Data wrangling with dplyr at my job.', l1: 2, l2: 4, l3: 1, l4: 5, l5: 3 });
  await submit('straight', { ac: 'eight', use: 'Statistics for the lab and some plots.', l1: 3, l2: 3, l3: 3, l4: 3, l5: 3 });
  await submit('mash', { ac: 'eight', use: 'asdfgh', l1: 1, l2: 2, l3: 3, l4: 4, l5: 5 });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('response quality flags', () => {
  it('flags submitted responses with their reasons (the job after submissions), and filters on them', async () => {
    let flagged: Page['responses'] = { totalCount: 0, nodes: [] };
    for (let i = 0; i < 60 && flagged.totalCount < 3; i++) {
      await new Promise((r) => setTimeout(r, 250));
      flagged = await page({ quality: 'FLAGGED' });
    }
    const byId = new Map(flagged.nodes.map((n) => [n.id, n.qualityFlags]));
    expect(flagged.totalCount).toBe(3);
    expect(byId.get(ids.inattentive)).toEqual([
      { reason: 'FAILED_ATTENTION_CHECK', detail: 'Answered "seven" to the attention check "Letters in "analysis", as a word?", which expects "eight".' },
    ]);
    expect(byId.get(ids.straight)!.map((f) => f.reason)).toEqual(['STRAIGHT_LINING']);
    expect(byId.get(ids.mash)!.map((f) => f.reason)).toEqual(['LOW_EFFORT_TEXT']);
    const clean = await page({ quality: 'CLEAN' });
    expect(clean.totalCount).toBe(TEXTS.length);
    expect(clean.nodes.every((n) => n.qualityFlags.length === 0)).toBe(true);
    const straight = await page({ qualityReasons: ['STRAIGHT_LINING'] });
    expect(straight.nodes.map((n) => n.id)).toEqual([ids.straight]);
    const summary = must(await t.gql<any>(SUMMARY, { s: surveyId }, ctx.owner.token)).survey.qualitySummary;
    expect(summary).toEqual({
      responseCount: TEXTS.length + 3,
      flaggedCount: 3,
      reasons: [
        { reason: 'FAILED_ATTENTION_CHECK', count: 1 },
        { reason: 'STRAIGHT_LINING', count: 1 },
        { reason: 'LOW_EFFORT_TEXT', count: 1 },
      ],
    });
    const results = must(await t.gql<any>('query($s: ID!, $f: ResultsFilter) { surveyResults(surveyId: $s, filter: $f) { responseCount } }', { s: surveyId, f: { quality: 'CLEAN' } }, ctx.owner.token));
    expect(results.surveyResults.responseCount).toBe(TEXTS.length);
  });

  it('a burst of submissions queues one recomputation, not one per submission', async () => {
    // The 15 submissions above came within a second or two: one job waits at a time per survey
    // (pg-boss ignored the singleton key on a standard queue and queued 15 full recomputations).
    const jobs = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'surveys-quality' AND data->>'surveyId' = $1",
      [surveyId],
    );
    expect(jobs[0].n).toBeGreaterThanOrEqual(1);
    expect(jobs[0].n).toBeLessThanOrEqual(3);
  });

  it('never sends the expected answer to a respondent', async () => {
    const pub = must(await t.gql<any>('query($s: String!) { publicSurvey(slug: $s) { questions { id attentionCheck { expected } } } }', { s: slug }));
    expect(pub.publicSurvey.questions.find((q: any) => q.id === 'ac').attentionCheck).toBeNull();
    const own = must(await t.gql<any>('query($s: ID!) { survey(id: $s) { questions { id attentionCheck { expected } } } }', { s: surveyId }, ctx.owner.token));
    expect(own.survey.questions.find((q: any) => q.id === 'ac').attentionCheck).toEqual({ expected: ['eight'] });
  });

  it('flags speeders once durations are known, and recomputes at once when the attention check changes', async () => {
    // Durations as a respondent's first save and submission make them: 5 to 10 minutes, one in 40 s.
    await t.db.query(
      `UPDATE response SET started_at = submitted_at - make_interval(secs => CASE WHEN id = $2 THEN 40 ELSE 300 + (abs(hashtext(id::text)) % 300) END)
        WHERE survey_id = $1`,
      [surveyId, ids.clean0],
    );
    // "seven" is now accepted too: the inattentive response is clean, the speeder is flagged, at once.
    must(await t.gql('mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id } }', { s: surveyId, q: [{ questionId: 'ac', attentionCheckExpected: ['eight', 'seven'] }] }, ctx.owner.token));
    const flagged = await page({ quality: 'FLAGGED' });
    const reasons = new Map(flagged.nodes.map((n) => [n.id, n.qualityFlags.map((f) => f.reason)]));
    expect(reasons.get(ids.clean0)).toEqual(['SPEEDING']);
    expect(reasons.has(ids.inattentive)).toBe(false);
    expect(flagged.nodes.find((n) => n.id === ids.clean0)!.qualityFlags[0].detail).toMatch(/^Completed in 40 s, under 30 % of the survey's median time of \d+ min \d\d s\.$/);
    // Back to the original check for the synthesis test.
    must(await t.gql('mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id } }', { s: surveyId, q: [{ questionId: 'ac', attentionCheckExpected: ['eight'] }] }, ctx.owner.token));
    expect((await page({ quality: 'FLAGGED' })).totalCount).toBe(4);
  });

  it('synthesis leaves flagged responses out by default, records why, and includes them when asked', async () => {
    const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id includeFlagged } }';
    const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status error participantCount includeFlagged excludedResponses { count reasons { reason count } } } }';
    const study = must(await t.gql<any>('query($s: ID!) { study(id: $s) { responseQuality { responseCount flaggedCount reasons { reason count } } } }', { s: ctx.studyId }, ctx.owner.token));
    expect(study.study.responseQuality.flaggedCount).toBe(4);
    const wait = async (id: string) => {
      for (let i = 0; i < 240; i++) {
        const run = must(await t.gql<any>(RUN, { id }, ctx.owner.token)).synthesisRun;
        if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('run did not finish');
    };
    const first = must(await t.gql<any>(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.owner.token)).startSynthesis;
    expect(first.includeFlagged).toBe(false);
    const excluded = await wait(first.id);
    expect(excluded.excludedResponses).toEqual({
      count: 4,
      reasons: expect.arrayContaining([
        { reason: 'FAILED_ATTENTION_CHECK', count: 1 },
        { reason: 'SPEEDING', count: 1 },
        { reason: 'STRAIGHT_LINING', count: 1 },
        { reason: 'LOW_EFFORT_TEXT', count: 1 },
      ]),
    });
    expect(excluded.status).toBe('SUCCEEDED');
    expect(excluded.participantCount).toBe(TEXTS.length + 3 - 4);
    const second = must(await t.gql<any>(START, { i: { studyId: ctx.studyId, provider: 'offline', includeFlagged: true } }, ctx.owner.token)).startSynthesis;
    const included = await wait(second.id);
    expect(included.includeFlagged).toBe(true);
    expect(included.excludedResponses).toBeNull();
    expect(included.status).toBe('SUCCEEDED');
    expect(included.participantCount).toBe(TEXTS.length + 3);
  }, 120_000);

  it('imports the R community survey with defaults: attention check "eight", flags per reason', async () => {
    const csv = readFileSync(R_SURVEY, 'utf8');
    const preview = must(await t.gql<any>('query($i: PreviewSurveyCsvInput!) { previewSurveyCsv(input: $i) { columns { header attentionCheck { expected } } } }', { i: { studyId: ctx.studyId, csv } }, ctx.owner.token));
    const proposed = preview.previewSurveyCsv.columns.filter((c: any) => c.attentionCheck);
    expect(proposed).toHaveLength(1);
    expect(proposed[0].attentionCheck).toEqual({ expected: ['eight'] });
    const started = Date.now();
    const imported = must(await t.gql<any>('mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id questions { title attentionCheck { expected } } qualitySummary { responseCount flaggedCount reasons { reason count } } } }', { i: { studyId: ctx.studyId, title: 'R community 2019', csv } }, ctx.owner.token)).importSurveyCsv;
    const seconds = (Date.now() - started) / 1000;
    const check = imported.questions.filter((q: any) => q.attentionCheck);
    expect(check).toHaveLength(1);
    expect(check[0].title).toContain('"analysis"');
    expect(check[0].attentionCheck).toEqual({ expected: ['eight'] });
    const s = imported.qualitySummary;
    console.info(`R community survey 2019: ${s.flaggedCount} of ${s.responseCount} responses flagged, ${JSON.stringify(s.reasons)} (import with flags ${seconds.toFixed(1)} s)`);
    expect(s.responseCount).toBe(1838);
    const count = (reason: string) => s.reasons.find((r: any) => r.reason === reason)?.count ?? 0;
    expect(count('FAILED_ATTENTION_CHECK')).toBe(94);
    expect(count('SPEEDING')).toBe(0);
    // A researcher's changed expected answer recomputes the 1,838 responses at once.
    const checkId = must(await t.gql<any>('query($s: ID!) { survey(id: $s) { questions { id attentionCheck { expected } } } }', { s: imported.id }, ctx.owner.token)).survey.questions.find((q: any) => q.attentionCheck).id;
    const t0 = Date.now();
    must(await t.gql('mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id } }', { s: imported.id, q: [{ questionId: checkId, attentionCheckExpected: [] }] }, ctx.owner.token));
    const recompute = Date.now() - t0;
    const after = must(await t.gql<any>(SUMMARY, { s: imported.id }, ctx.owner.token)).survey.qualitySummary;
    expect(after.reasons.find((r: any) => r.reason === 'FAILED_ATTENTION_CHECK')).toBeUndefined();
    expect(recompute).toBeLessThan(10_000);
    console.info(`R community survey 2019: recomputation after removing the check ${recompute} ms`);
  }, 180_000);
});
