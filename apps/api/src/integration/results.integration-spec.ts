import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

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
/** The stored response id of each generated one (same index), and of the one partial response. */
const responseIds: string[] = [];
let partialId: string;

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
    const ids = await Promise.all(
      data.slice(i, i + 24).map(async (g) => {
        const res = await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
          i: { slug, clientResponseId: randomUUID(), complete: true, answers: Object.entries(g).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([questionId, value]) => ({ questionId, value })) },
        });
        return res.data!.submitResponse.responseId as string;
      }),
    );
    responseIds.push(...ids);
  }
  // One partial response, to check completeOnly.
  const partial = await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', { i: { slug, clientResponseId: randomUUID(), complete: false, answers: [{ questionId: 'role', value: 'pm' }] } });
  partialId = partial.data!.submitResponse.responseId;
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

const RESPONSES = `query($id: ID!, $first: Int, $a: String, $f: ResultsFilter) {
  responses(surveyId: $id, first: $first, after: $a, filter: $f) { totalCount endCursor nodes { id complete submittedAt answers { questionId value } } } }`;

interface Node { id: string; complete: boolean; submittedAt: string; answers: { questionId: string; value: any }[] }

/** Every page of `responses` under a filter, in order, with each page's totalCount. */
async function allPages(f: Record<string, unknown> | null, first: number) {
  const nodes: Node[] = [];
  const totals: number[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  do {
    const page: any = await t.gql(RESPONSES, { id: surveyId, first, a: after, f }, token);
    expect(page.errors).toBeUndefined();
    nodes.push(...page.data.responses.nodes);
    totals.push(page.data.responses.totalCount);
    sizes.push(page.data.responses.nodes.length);
    after = page.data.responses.endCursor;
    expect(sizes.length).toBeLessThan(300);
  } while (after);
  return { ids: nodes.map((n) => n.id), nodes, totals, sizes };
}

/** The newest-first order of the given ids, read straight from the table (ties broken by id, as the page does). */
async function newestFirst(ids: Iterable<string>): Promise<string[]> {
  const wanted = new Set(ids);
  const rows = await t.db.query<{ id: string }>('SELECT id FROM response WHERE survey_id = $1 ORDER BY submitted_at DESC, id DESC', [surveyId]);
  return rows.map((r) => r.id).filter((id) => wanted.has(id));
}

/**
 * Two cut points a third and two thirds into the stored submission times, and the ids
 * submitted within [lo, hi) (ms; null = open), computed from the rows themselves. Times are
 * read in microseconds, as PostgreSQL keeps them; the filter takes milliseconds.
 */
async function dateWindow() {
  const rows = await t.db.query<{ id: string; us: string }>(
    'SELECT id, (extract(epoch FROM submitted_at) * 1000000)::bigint::text AS us FROM response WHERE survey_id = $1',
    [surveyId],
  );
  const distinct = [...new Set(rows.map((r) => BigInt(r.us)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(distinct.length).toBeGreaterThanOrEqual(3);
  const ms = (us: bigint) => Number(us / 1000n);
  const within = (lo: number | null, hi: number | null) =>
    rows.filter((r) => (lo === null || BigInt(r.us) >= BigInt(lo) * 1000n) && (hi === null || BigInt(r.us) < BigInt(hi) * 1000n)).map((r) => r.id);
  return { from: ms(distinct[Math.floor(distinct.length / 3)]), to: ms(distinct[Math.floor((2 * distinct.length) / 3)]), within };
}

/** Pages under `f` hold exactly `expected`, newest first, each page counting them all; the charts count the same. */
async function expectFiltered(f: Record<string, unknown>, expected: string[]) {
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(241);
  const { ids, totals } = await allPages(f, 500);
  expect(ids).toEqual(await newestFirst(expected));
  expect(totals).toEqual([expected.length]);
  expect((await t.gql(RESULTS, { id: surveyId, f }, token)).data!.surveyResults.responseCount).toBe(expected.length);
}

const idsWhere = (test: (g: Generated) => boolean) => responseIds.filter((_, i) => test(data[i]));
const answer = (n: Node, qid: string) => n.answers.find((a) => a.questionId === qid)?.value;

describe('responses under a results filter', () => {
  it('without a filter lists every response, the partial one included', async () => {
    const { ids, totals } = await allPages(null, 500);
    expect(ids).toEqual(await newestFirst([...responseIds, partialId]));
    expect(totals).toEqual([241]);
  });

  it('applies answer conditions, and agrees with surveyResults under the same filter', async () => {
    const cases: { f: Record<string, unknown>; expected: string[] }[] = [
      { f: { where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] }, expected: idsWhere((g) => g.role === 'dev') },
      {
        f: { where: [{ questionId: 'sat', operator: 'GREATER_THAN', value: 3 }, { questionId: 'lang', operator: 'INCLUDES', value: 'py' }] },
        expected: idsWhere((g) => g.sat > 3 && g.lang.includes('py')),
      },
      { f: { where: [{ questionId: 'note', operator: 'ANSWERED' }] }, expected: idsWhere((g) => g.note !== undefined) },
      // Unanswered matches only NOT_ANSWERED, so the partial response (role only) is in here.
      { f: { where: [{ questionId: 'hours', operator: 'NOT_ANSWERED' }] }, expected: [partialId] },
    ];
    for (const { f, expected } of cases) await expectFiltered(f, expected);
    // The answers returned are those of the matching respondents.
    const devs = await allPages({ where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] }, 500);
    expect(devs.nodes.every((n) => answer(n, 'role') === 'dev')).toBe(true);
  });

  it('leaves out partial responses with completeOnly', async () => {
    const { ids, nodes, totals } = await allPages({ completeOnly: true }, 500);
    expect(ids).toEqual(await newestFirst(responseIds));
    expect(ids).not.toContain(partialId);
    expect(nodes.every((n) => n.complete)).toBe(true);
    expect(totals).toEqual([240]);
    // completeOnly: false filters nothing.
    expect((await allPages({ completeOnly: false }, 500)).ids).toContain(partialId);
  });

  it('keeps to a submitted date range (after inclusive, before exclusive)', async () => {
    const { from, to, within } = await dateWindow();
    const cases = [
      { f: { submittedAfter: new Date(from).toISOString() }, expected: within(from, null) },
      { f: { submittedBefore: new Date(to).toISOString() }, expected: within(null, to) },
      { f: { submittedAfter: new Date(from).toISOString(), submittedBefore: new Date(to).toISOString() }, expected: within(from, to) },
    ];
    for (const { f, expected } of cases) await expectFiltered(f, expected);
    expect((await allPages({ submittedAfter: new Date(Date.now() + 60_000).toISOString() }, 10)).ids).toEqual([]);
  });

  it('pages through exactly the filtered set, in order, with no duplicates or gaps', async () => {
    // Rows of one group commit share a timestamp, so page bounds fall inside ties as well.
    const ties = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE survey_id = $1 GROUP BY submitted_at HAVING count(*) > 1', [surveyId]);
    expect(ties.length).toBeGreaterThan(0);
    const f = { where: [{ questionId: 'role', operator: 'NOT_EQUALS', value: 'dev' }] };
    const expected = await newestFirst([...idsWhere((g) => g.role !== 'dev'), partialId]);
    const { ids, nodes, totals, sizes } = await allPages(f, 7);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sizes.length).toBe(Math.ceil(expected.length / 7));
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(totals.every((n) => n === expected.length)).toBe(true);
    expect(nodes.every((n) => answer(n, 'role') !== 'dev')).toBe(true);
    // Conditions, completeness and dates together, in pages of one.
    const from = nodes[Math.floor(nodes.length / 2)].submittedAt;
    const combined = { completeOnly: true, submittedAfter: from, where: [{ questionId: 'role', operator: 'NOT_EQUALS', value: 'dev' }, { questionId: 'lang', operator: 'INCLUDES', value: 'r' }] };
    const single = await allPages(combined, 1);
    const charts = await t.gql(RESULTS, { id: surveyId, f: combined }, token);
    expect(single.ids.length).toBe(charts.data!.surveyResults.responseCount);
    expect(single.ids.length).toBeGreaterThan(0);
    expect(new Set(single.ids).size).toBe(single.ids.length);
    const subset = new Set(expected);
    expect(single.ids.every((id) => subset.has(id))).toBe(true);
    expect(single.nodes.every((n) => n.complete && (answer(n, 'lang') as string[]).includes('r') && n.submittedAt >= from)).toBe(true);
    expect(single.ids).toEqual(await newestFirst(single.ids));
  });

  it('refuses a bad filter as surveyResults does, and changes nothing', async () => {
    const before = await allPages(null, 500);
    const firstPage: any = await t.gql(RESPONSES, { id: surveyId, first: 5 }, token);
    const bad = [
      { where: [{ questionId: "x'; DROP TABLE response; --", operator: 'ANSWERED' }] },
      { where: [{ questionId: 'note', operator: 'GREATER_THAN', value: 3 }] },
      { where: [{ questionId: 'role', operator: 'EQUALS' }] },
      { where: Array.from({ length: 21 }, () => ({ questionId: 'role', operator: 'ANSWERED' })) },
    ];
    for (const f of bad) {
      const charts = errorOf(await t.gql(RESULTS, { id: surveyId, f }, token));
      for (const after of [null, firstPage.data.responses.endCursor]) {
        const res = await t.gql(RESPONSES, { id: surveyId, first: 5, a: after, f }, token);
        expect(res.data).toBeNull();
        expect(res.errors).toHaveLength(1);
        const e = errorOf(res);
        expect(e.code).toBe('BAD_USER_INPUT');
        expect(e.message).toBe(charts.message);
      }
    }
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE survey_id = $1', [surveyId]);
    expect(n).toBe(241);
    expect(await allPages(null, 500)).toEqual(before);
  });
});

/** An export, with `filter` sent as `?filter=` (an object as JSON; a string as it is). */
function exportFile(format: 'csv' | 'json', filter?: unknown, id = surveyId, bearer = token) {
  const query = filter === undefined ? '' : `?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`;
  return fetch(`${t.url}/api/surveys/${id}/responses.${format}${query}`, { headers: { authorization: `Bearer ${bearer}` } });
}

/** The response ids of an export, in file order, and its file name; checks it succeeded. */
async function exportedIds(format: 'csv' | 'json', filter?: unknown, id = surveyId, bearer = token) {
  const res = await exportFile(format, filter, id, bearer);
  expect(res.status).toBe(200);
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const ids =
    format === 'csv'
      ? (parse(await res.text(), { columns: true }) as Record<string, string>[]).map((r) => r.response_id)
      : ((await res.json()) as { id: string }[]).map((r) => r.id);
  return { ids, filename };
}

/** The given ids in export order (oldest first, ties by id): the newest-first order reversed. */
const oldestFirst = async (ids: Iterable<string>) => (await newestFirst(ids)).reverse();

/** Both exports under `f` hold exactly `expected`, oldest first, in a file named as filtered. */
async function expectExported(f: Record<string, unknown>, expected: string[]) {
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(241);
  const order = await oldestFirst(expected);
  for (const format of ['csv', 'json'] as const) {
    const { ids, filename } = await exportedIds(format, f);
    expect(ids).toEqual(order);
    expect(filename).toBe(`${slug}-responses-filtered.${format}`);
  }
}

describe('exports under a results filter', () => {
  it('without a filter (or one that leaves nothing out) exports every response, as before', async () => {
    const all = await oldestFirst([...responseIds, partialId]);
    expect(all).toHaveLength(241);
    for (const format of ['csv', 'json'] as const) {
      for (const f of [undefined, 'null', {}, { completeOnly: false, where: [] }]) {
        const { ids, filename } = await exportedIds(format, f);
        expect(ids).toEqual(all);
        expect(filename).toBe(`${slug}-responses.${format}`);
      }
    }
  });

  it('exports only the responses matching answer conditions', async () => {
    const cases: { f: Record<string, unknown>; expected: string[] }[] = [
      { f: { where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] }, expected: idsWhere((g) => g.role === 'dev') },
      {
        f: { where: [{ questionId: 'sat', operator: 'GREATER_THAN', value: 3 }, { questionId: 'lang', operator: 'INCLUDES', value: 'py' }] },
        expected: idsWhere((g) => g.sat > 3 && g.lang.includes('py')),
      },
      { f: { where: [{ questionId: 'note', operator: 'ANSWERED', value: null }] }, expected: idsWhere((g) => g.note !== undefined) },
      { f: { where: [{ questionId: 'role', operator: 'NOT_EQUALS', value: 'dev' }] }, expected: [...idsWhere((g) => g.role !== 'dev'), partialId] },
      { f: { where: [{ questionId: 'hours', operator: 'NOT_ANSWERED' }] }, expected: [partialId] },
    ];
    for (const { f, expected } of cases) await expectExported(f, expected);
    // The rows are those of the matching respondents, answers and all.
    const res = await exportFile('csv', { where: [{ questionId: 'role', operator: 'EQUALS', value: 'pm' }] });
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows.length).toBe(data.filter((g) => g.role === 'pm').length + 1);
    expect(rows.every((r) => r.Role === 'PM')).toBe(true);
  });

  it('leaves out partial responses with completeOnly', async () => {
    await expectExported({ completeOnly: true }, responseIds);
    const json = await exportFile('json', { completeOnly: true });
    expect(((await json.json()) as { complete: boolean }[]).every((r) => r.complete)).toBe(true);
  });

  it('keeps to a submitted date range (after inclusive, before exclusive), alone or with other filters', async () => {
    const { from, to, within } = await dateWindow();
    const after = new Date(from).toISOString();
    const before = new Date(to).toISOString();
    await expectExported({ submittedAfter: after }, within(from, null));
    await expectExported({ submittedBefore: before }, within(null, to));
    await expectExported({ submittedAfter: after, submittedBefore: before }, within(from, to));
    // RFC 3339 with an offset names the same instant.
    const shifted = new Date(from + 2 * 3600_000).toISOString().replace('Z', '+02:00');
    await expectExported({ submittedAfter: shifted }, within(from, null));
    const inRange = new Set(within(from, to));
    const devsInRange = idsWhere((g) => g.role === 'dev').filter((id) => inRange.has(id));
    await expectExported(
      { completeOnly: true, submittedAfter: after, submittedBefore: before, where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] },
      devsInRange,
    );
    for (const format of ['csv', 'json'] as const) {
      expect((await exportedIds(format, { submittedAfter: new Date(Date.now() + 60_000).toISOString() })).ids).toEqual([]);
    }
  });

  it('refuses a bad filter with 400 BAD_USER_INPUT and a sentence, before writing anything', async () => {
    const where = (c: Record<string, unknown>) => ({ where: [c] });
    const bad: { f: unknown; says: RegExp }[] = [
      { f: where({ questionId: "x'; DROP TABLE response; --", operator: 'ANSWERED' }), says: /question that is not in this survey/ },
      { f: where({ questionId: 'note', operator: 'GREATER_THAN', value: 3 }), says: /only applies to numbers and dates/ },
      { f: where({ questionId: 'role', operator: 'EQUALS' }), says: /needs a value/ },
      { f: where({ questionId: 'role', operator: 'LIKE', value: 'dev' }), says: /operator must be one of/ },
      { f: where({ questionId: 'role', operator: 'EQUALS', value: 'dev', sql: '1=1' }), says: /Answer condition 1/ },
      { f: where({ operator: 'ANSWERED' }), says: /questionId/ },
      { f: { where: Array.from({ length: 21 }, () => ({ questionId: 'role', operator: 'ANSWERED' })) }, says: /at most 20 answer conditions/ },
      { f: { where: { questionId: 'role', operator: 'ANSWERED' } }, says: /list of answer conditions/ },
      { f: '{"completeOnly": true', says: /not valid JSON/ },
      { f: 'completeOnly=true', says: /not valid JSON/ },
      { f: '', says: /not valid JSON/ },
      { f: '[]', says: /JSON object/ },
      { f: { complete: true }, says: /JSON object with only/ },
      { f: { completeOnly: 'yes' }, says: /completeOnly must be true or false/ },
      { f: { submittedAfter: '2026-02-30T00:00:00Z' }, says: /submittedAfter must be an RFC 3339 date-time/ },
      { f: { submittedBefore: '2026-01-31' }, says: /submittedBefore must be an RFC 3339 date-time/ },
      { f: { submittedAfter: 'yesterday' }, says: /RFC 3339/ },
      { f: { submittedAfter: 1767225600000 }, says: /RFC 3339/ },
    ];
    for (const { f, says } of bad) {
      for (const format of ['csv', 'json'] as const) {
        const res = await exportFile(format, f);
        expect(res.status, JSON.stringify(f)).toBe(400);
        expect(res.headers.get('content-disposition')).toBeNull();
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(says) } });
        // A sentence for a person: capitalised, ends with a full stop, no SQL or stack.
        expect(body.error.message).toMatch(/^["A-Z].{10,300}\.$/s);
        expect(body.error.message).not.toMatch(/SELECT|\$\d|response r|\bat \w+ \(|\.ts:\d/);
      }
    }
    // The checks that are filterSql's say the same as the GraphQL results do.
    for (const f of bad.slice(0, 3).map((b) => b.f)) {
      const charts = errorOf(await t.gql(RESULTS, { id: surveyId, f }, token));
      const res = await exportFile('csv', f);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(charts.message);
    }
    // The filter is one JSON text, not a repeated parameter.
    for (const query of ['?filter={}&filter={}', `?filter=${encodeURIComponent('{"completeOnly":true}')}&filter={}`]) {
      const res = await fetch(`${t.url}/api/surveys/${surveyId}/responses.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/^[A-Z].*\.$/) } });
    }
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE survey_id = $1', [surveyId]);
    expect(n).toBe(241);
  });

  it('keeps access rules with a filter: 401 signed out, 404 outside the workspace', async () => {
    const f = encodeURIComponent(JSON.stringify({ completeOnly: true }));
    expect((await fetch(`${t.url}/api/surveys/${surveyId}/responses.json?filter=${f}`)).status).toBe(401);
    const outsider = await t.signUp('Filter outsider');
    for (const filter of [{ completeOnly: true }, 'not json']) {
      const denied = await exportFile('json', filter, surveyId, outsider.token);
      expect(denied.status).toBe(404);
      expect(await denied.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    }
  });

  it('pages a filtered export past the page size with no gaps or duplicates', async () => {
    // Rows written straight to the table: more than one export page (1000), in tied timestamps.
    const ctx = await createStudyFixture(t, 'Big export');
    const s = (await t.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }', { i: { studyId: ctx.studyId, title: 'Big', questions } }, ctx.owner.token)).data!.createSurvey;
    await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: s.id }, ctx.owner.token);
    await t.db.query(
      `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, submitted_at)
       SELECT $1, 'big-' || i, 1, i % 7 <> 0, jsonb_build_object('role', (ARRAY['dev','pm','ux'])[1 + i % 3]),
              timestamptz '2026-01-01T00:00:00Z' + (i / 5) * interval '1 second'
         FROM generate_series(1, 2600) AS i`,
      [s.id],
    );
    const expected = await t.db.query<{ id: string }>(
      `SELECT id FROM response WHERE survey_id = $1 AND complete AND answers->>'role' <> 'ux' AND submitted_at >= '2026-01-01T00:01:00Z'
        ORDER BY submitted_at, id`,
      [s.id],
    );
    expect(expected.length).toBeGreaterThan(1000);
    const f = { completeOnly: true, submittedAfter: '2026-01-01T00:01:00Z', where: [{ questionId: 'role', operator: 'NOT_EQUALS', value: 'ux' }] };
    for (const format of ['csv', 'json'] as const) {
      const { ids } = await exportedIds(format, f, s.id, ctx.owner.token);
      expect(ids).toEqual(expected.map((r) => r.id));
    }
    expect((await exportedIds('json', undefined, s.id, ctx.owner.token)).ids).toHaveLength(2600);
  }, 60_000);
});
