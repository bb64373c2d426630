// Benchmark "results": surveyResults over 100,000 responses vs the hand-written SQL
// aggregate of the same figures (medians of 5 warm runs), with the figures compared;
// then responses(first: 50) on page 1 and deep in (via cursors) vs the raw keyset query.
import { performance } from 'node:perf_hooks';
import { loadAverage, startApp } from './app.mjs';
import { QUESTIONS, insertResponses } from './corpus.mjs';
import { createStudy, gql, publishedSurvey, researcher } from './gql.mjs';
import { PAGE1_SQL, PAGE_AFTER_SQL, compareResults, rawResults } from './results-sql.mjs';
import { fmt, medianOf, ratio } from './stats.mjs';

const N = Number(process.env.BENCH_RESULTS_N ?? 100_000);
const RUNS = 5;
const DEEP_PAGES = 100; // pages of 500 walked before the deep page (row 50,000 of 100,000)

const RESULTS = `query Results($id: ID!) { surveyResults(surveyId: $id) {
  responseCount completeCount
  questions { questionId answered mean median choices { choiceId count share } nps { score promoters passives detractors } texts(first: 20) } } }`;
const PAGE = `query Page($id: ID!, $first: Int!, $after: String) { responses(surveyId: $id, first: $first, after: $after) {
  nodes { id surveyVersion complete submittedAt answers { questionId value } } endCursor } }`;
const CURSOR_ONLY = `query Walk($id: ID!, $after: String) { responses(surveyId: $id, first: 500, after: $after) { endCursor } }`;

const msOf = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

export async function run({ log, broken }) {
  const app = await startApp({ label: 'results' });
  try {
    const who = await researcher(app);
    const studyId = await createStudy(app, who, 'Results benchmark');
    const survey = await publishedSurvey(app, who, studyId, 'Results benchmark', QUESTIONS);
    const insertMs = await insertResponses(app.pool, survey.id, N, 'res-');
    log(
      `results: inserted ${N} responses with SQL in ${(insertMs / 1000).toFixed(1)} s; load avg ${loadAverage()}`,
    );

    let appAnswer;
    const appT = await medianOf(RUNS, 1, () =>
      msOf(
        async () =>
          (appAnswer = (await gql(app, RESULTS, { id: survey.id }, { token: who.token })).data
            .surveyResults),
      ),
    );
    let raw;
    const rawT = await medianOf(RUNS, 1, () =>
      msOf(async () => (raw = await rawResults(app.pool, survey.id))),
    );
    const diffs = compareResults(appAnswer, raw);
    log(
      `  surveyResults  median ${fmt(appT.median, 0)} ms  (runs ${appT.all.map((x) => x.toFixed(0)).join(', ')})`,
    );
    log(
      `  raw SQL        median ${fmt(rawT.median, 0)} ms  (runs ${rawT.all.map((x) => x.toFixed(0)).join(', ')})`,
    );
    log(
      `  figures: ${diffs.length ? `${diffs.length} DIFFERENCES: ${diffs.slice(0, 5).join('; ')}` : 'app and SQL agree on every count, mean, median and NPS'}`,
    );
    if (diffs.length)
      broken.push(`results: surveyResults disagrees with SQL (${diffs.slice(0, 3).join('; ')})`);

    // Page 1.
    const page1 = await medianOf(RUNS, 1, () =>
      msOf(() => gql(app, PAGE, { id: survey.id, first: 50 }, { token: who.token })),
    );
    const page1Raw = await medianOf(RUNS, 1, () =>
      msOf(() => app.pool.query(PAGE1_SQL, [survey.id, 51])),
    );
    const countRaw = await medianOf(RUNS, 1, () =>
      msOf(() =>
        app.pool.query('SELECT count(*)::int FROM response WHERE survey_id = $1', [survey.id]),
      ),
    );

    // Walk to row 50,000 with pages of 500 (cursor only), then time the deep page.
    let after = null;
    const walk0 = performance.now();
    for (let i = 0; i < DEEP_PAGES && (i === 0 || after); i++) {
      after = (await gql(app, CURSOR_ONLY, { id: survey.id, after }, { token: who.token })).data
        .responses.endCursor;
    }
    const walkMs = performance.now() - walk0;
    let deepNodes;
    const deep = await medianOf(RUNS, 1, () =>
      msOf(
        async () =>
          (deepNodes = (
            await gql(app, PAGE, { id: survey.id, first: 50, after }, { token: who.token })
          ).data.responses.nodes),
      ),
    );
    const {
      rows: [pos],
    } = await app.pool.query(
      'SELECT submitted_at::text AS at, id FROM response WHERE survey_id = $1 ORDER BY submitted_at DESC, id DESC OFFSET $2 LIMIT 1',
      [survey.id, DEEP_PAGES * 500 - 1],
    );
    let deepRaw;
    const deepRawT = await medianOf(RUNS, 1, () =>
      msOf(
        async () =>
          (deepRaw = (await app.pool.query(PAGE_AFTER_SQL, [survey.id, 51, pos.at, pos.id])).rows),
      ),
    );
    const samePage = deepNodes?.length === 50 && deepNodes.every((n, i) => n.id === deepRaw[i]?.id);
    if (!samePage)
      broken.push(
        'results: the deep responses page does not match the raw keyset page at the same position',
      );
    log(
      `  responses p1   median ${fmt(page1.median, 1)} ms vs raw keyset ${fmt(page1Raw.median, 1)} ms (raw count(*) alone ${fmt(countRaw.median, 1)} ms; the resolver counts on every page)`,
    );
    log(
      `  walked ${DEEP_PAGES} pages of 500 in ${(walkMs / 1000).toFixed(1)} s (${fmt(walkMs / DEEP_PAGES, 0)} ms a page)`,
    );
    log(
      `  responses deep median ${fmt(deep.median, 1)} ms vs raw keyset ${fmt(deepRawT.median, 1)} ms; rows ${samePage ? 'match' : 'DO NOT match'} the raw page at row ${DEEP_PAGES * 500}`,
    );

    const r = ratio(appT.median, rawT.median);
    return [
      [
        `surveyResults ${N / 1000}k`,
        `${fmt(appT.median, 0)} ms`,
        `${fmt(rawT.median, 0)} ms`,
        fmt(r),
        '≤ 2.00',
        r <= 2 ? 'yes' : 'NO',
      ],
      [
        'responses page 1 (50)',
        `${fmt(page1.median, 1)} ms`,
        `${fmt(page1Raw.median, 1)} ms`,
        fmt(ratio(page1.median, page1Raw.median)),
        '(info)',
        '—',
      ],
      [
        `responses page at ${(DEEP_PAGES * 500) / 1000}k`,
        `${fmt(deep.median, 1)} ms`,
        `${fmt(deepRawT.median, 1)} ms`,
        fmt(ratio(deep.median, deepRawT.median)),
        '(info)',
        samePage ? '—' : 'BROKEN',
      ],
    ];
  } finally {
    await app.stop();
  }
}
