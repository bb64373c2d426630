import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../testing/fixtures';
import { createTestApp, errorOf, type TestApp } from '../testing/test-app';

const questions = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'Role', options: [{ id: 'dev', label: 'Developer' }, { id: 'pm', label: 'PM' }, { id: 'ux', label: 'Designer' }] },
  { id: 'lang', type: 'MULTIPLE_CHOICE', title: 'Languages', options: [{ id: 'r', label: 'R' }, { id: 'py', label: 'Python' }] },
  { id: 'sat', type: 'RATING', title: 'Satisfaction', min: 1, max: 5 },
  { id: 'nps', type: 'NPS', title: 'Recommend' },
  { id: 'hours', type: 'NUMBER', title: 'Hours per week' },
  { id: 'note', type: 'SHORT_TEXT', title: 'Note' },
  { id: 'grid', type: 'MATRIX', title: 'Grid', rows: [{ id: 'speed', label: 'Speed' }], options: [{ id: 'lo', label: 'Low' }, { id: 'hi', label: 'High' }] },
];

// A seeded generator so the expected figures are computed here, independently of the server.
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

interface Generated { role: string; lang: string[]; sat: number; nps: number; hours: number; note?: string; grid: Record<string, string> }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2;
};

let t: TestApp;
let surveyId: string;
let slug: string;
let token: string;
const data: Generated[] = [];

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  const ctx = await createStudyFixture(t, 'Results');
  token = ctx.owner.token;
  const s = (await t.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId: ctx.studyId, title: 'R', questions } }, token)).data!.createSurvey;
  surveyId = s.id;
  slug = s.slug;
  await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: s.id }, token);
  const rand = rng(42);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < 240; i++) {
    const g: Generated = {
      role: pick(['dev', 'dev', 'pm', 'ux']),
      lang: ['r', 'py'].filter(() => rand() < 0.5),
      sat: 1 + Math.floor(rand() * 5),
      nps: Math.floor(rand() * 11),
      hours: Math.round(rand() * 400) / 10,
      grid: { speed: pick(['lo', 'hi']) },
      ...(rand() < 0.3 ? { note: `note ${i}` } : {}),
    };
    data.push(g);
  }
  for (let i = 0; i < data.length; i += 24) {
    await Promise.all(
      data.slice(i, i + 24).map((g) =>
        t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
          i: { slug, clientResponseId: randomUUID(), complete: true, answers: Object.entries(g).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([questionId, value]) => ({ questionId, value })) },
        }),
      ),
    );
  }
  // One partial response, to check completeOnly.
  await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', { i: { slug, clientResponseId: randomUUID(), complete: false, answers: [{ questionId: 'role', value: 'pm' }] } });
}, 120_000);
afterAll(async () => t?.close());

const RESULTS = `query($id: ID!, $f: ResultsFilter) { surveyResults(surveyId: $id, filter: $f) { responseCount completeCount
  questions { questionId answered mean median choices { choiceId label count share } nps { score promoters passives detractors } texts(first: 5) } } }`;

describe('surveyResults', () => {
  it('matches figures computed independently from the generated data', async () => {
    const res = await t.gql(RESULTS, { id: surveyId, f: { completeOnly: true } }, token);
    const r = res.data!.surveyResults;
    expect(r.responseCount).toBe(240);
    expect(r.completeCount).toBe(240);
    const q = (id: string) => r.questions.find((x: { questionId: string }) => x.questionId === id);
    for (const role of ['dev', 'pm', 'ux']) {
      const count = data.filter((g) => g.role === role).length;
      expect(q('role').choices.find((c: { choiceId: string }) => c.choiceId === role)).toMatchObject({ count, share: count / 240 });
    }
    const withLang = data.filter((g) => g.lang.length);
    expect(q('lang').answered).toBe(withLang.length);
    expect(q('lang').choices.find((c: { choiceId: string }) => c.choiceId === 'py').count).toBe(data.filter((g) => g.lang.includes('py')).length);
    const sats = data.map((g) => g.sat);
    expect(q('sat').mean).toBeCloseTo(sats.reduce((a, b) => a + b, 0) / sats.length, 10);
    expect(q('sat').median).toBe(median(sats));
    expect(q('sat').choices.map((c: { count: number }) => c.count)).toEqual([1, 2, 3, 4, 5].map((v) => sats.filter((s) => s === v).length));
    const hours = data.map((g) => g.hours);
    expect(q('hours').mean).toBeCloseTo(hours.reduce((a, b) => a + b, 0) / hours.length, 8);
    expect(q('hours').median).toBeCloseTo(median(hours), 8);
    const promoters = data.filter((g) => g.nps >= 9).length;
    const detractors = data.filter((g) => g.nps <= 6).length;
    expect(q('nps').nps).toEqual({ promoters, detractors, passives: 240 - promoters - detractors, score: ((promoters - detractors) / 240) * 100 });
    expect(q('grid').choices.find((c: { choiceId: string }) => c.choiceId === 'speed:hi').count).toBe(data.filter((g) => g.grid.speed === 'hi').length);
    expect(q('note').answered).toBe(data.filter((g) => g.note).length);
    expect(q('note').texts).toHaveLength(5);
  });

  it('filters by answers, completeness and date', async () => {
    const all = await t.gql(RESULTS, { id: surveyId }, token);
    expect(all.data!.surveyResults.responseCount).toBe(241);
    expect(all.data!.surveyResults.completeCount).toBe(240);
    const devs = await t.gql(RESULTS, { id: surveyId, f: { completeOnly: true, where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] } }, token);
    expect(devs.data!.surveyResults.responseCount).toBe(data.filter((g) => g.role === 'dev').length);
    const happyPy = await t.gql(RESULTS, { id: surveyId, f: { where: [{ questionId: 'sat', operator: 'GREATER_THAN', value: 3 }, { questionId: 'lang', operator: 'INCLUDES', value: 'py' }] } }, token);
    expect(happyPy.data!.surveyResults.responseCount).toBe(data.filter((g) => g.sat > 3 && g.lang.includes('py')).length);
    const noNote = await t.gql(RESULTS, { id: surveyId, f: { completeOnly: true, where: [{ questionId: 'note', operator: 'NOT_ANSWERED' }] } }, token);
    expect(noNote.data!.surveyResults.responseCount).toBe(data.filter((g) => !g.note).length);
    const notDev = await t.gql(RESULTS, { id: surveyId, f: { where: [{ questionId: 'role', operator: 'NOT_EQUALS', value: 'dev' }] } }, token);
    expect(notDev.data!.surveyResults.responseCount).toBe(data.filter((g) => g.role !== 'dev').length + 1);
    const future = await t.gql(RESULTS, { id: surveyId, f: { submittedAfter: new Date(Date.now() + 60_000).toISOString() } }, token);
    expect(future.data!.surveyResults.responseCount).toBe(0);
    expect(errorOf(await t.gql(RESULTS, { id: surveyId, f: { where: [{ questionId: "x'; DROP TABLE response; --", operator: 'ANSWERED' }] } }, token)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(RESULTS, { id: surveyId, f: { where: [{ questionId: 'note', operator: 'GREATER_THAN', value: 3 }] } }, token)).code).toBe('BAD_USER_INPUT');
  });
});

describe('responses and export', () => {
  it('pages through every response exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.gql('query($id: ID!, $a: String) { responses(surveyId: $id, first: 50, after: $a) { totalCount endCursor nodes { id surveyVersion complete answers { questionId value } } } }', { id: surveyId, a: after }, token);
      expect(page.data.responses.totalCount).toBe(241);
      seen.push(...page.data.responses.nodes.map((n: { id: string }) => n.id));
      after = page.data.responses.endCursor;
    } while (after);
    expect(seen).toHaveLength(241);
    expect(new Set(seen).size).toBe(241);
    expect(errorOf(await t.gql('query($id: ID!) { responses(surveyId: $id, after: "garbage") { totalCount } }', { id: surveyId }, token)).code).toBe('BAD_USER_INPUT');
  });

  it('exports CSV that round-trips to the stored answers, only for members', async () => {
    const res = await fetch(`${t.url}/api/surveys/${surveyId}/responses.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows).toHaveLength(241);
    const stored = await t.db.query<{ id: string; answers: any }>('SELECT id, answers FROM response WHERE survey_id = $1', [surveyId]);
    const byId = new Map(stored.map((s) => [s.id, s.answers]));
    for (const row of rows) {
      const a = byId.get(row.response_id);
      expect(row.Role).toBe(a.role === undefined ? '' : { dev: 'Developer', pm: 'PM', ux: 'Designer' }[a.role as string]);
      expect(row['Languages [Python]']).toBe(a.lang ? (a.lang.includes('py') ? '1' : '0') : '');
      expect(row.Satisfaction).toBe(a.sat === undefined ? '' : String(a.sat));
      expect(row['Grid [Speed]']).toBe(a.grid ? { lo: 'Low', hi: 'High' }[a.grid.speed as string] : '');
    }
    const json = await fetch(`${t.url}/api/surveys/${surveyId}/responses.json`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await json.json()) as unknown[]).length).toBe(241);
    expect((await fetch(`${t.url}/api/surveys/${surveyId}/responses.csv`)).status).toBe(401);
    const outsider = await t.signUp('Outsider');
    const denied = await fetch(`${t.url}/api/surveys/${surveyId}/responses.csv`, { headers: { authorization: `Bearer ${outsider.token}` } });
    expect(denied.status).toBe(404);
    expect(await denied.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });
});
