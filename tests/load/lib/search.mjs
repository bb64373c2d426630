// Benchmark "search": Query.search over one workspace holding 100,000 open answers (50,000
// responses × 2 LONG_TEXT questions, bulk-inserted in SQL, so the answer_search triggers index
// them as any write would) and 20,000 transcript turns (500 transcripts of 40 turns imported
// through the API). A mix of queries (common and rare words, phrases, OR, exclusions, a second
// page, no hits) runs several times each through GraphQL; it prints p50/p95 in ms against the
// target p95 < 100 ms, next to the same queries' single-statement SQL (the transcript reader's
// statement) as a floor.
import { performance } from 'node:perf_hooks';
import { loadAverage, startApp } from './app.mjs';
import { QUESTIONS, insertResponses, transcript } from './corpus.mjs';
import { createStudy, gql, publishedSurvey, researcher } from './gql.mjs';
import { fmt } from './stats.mjs';

const RESPONSES = Number(process.env.BENCH_SEARCH_RESPONSES ?? 50_000); // × 2 open questions
const TRANSCRIPTS = Number(process.env.BENCH_SEARCH_TRANSCRIPTS ?? 500); // × 40 turns
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 15);
const TARGET_P95_MS = 100;

const QUERIES = [
  'slow', // in about one answer in six and many turns
  'build pipeline',
  '"design system"',
  'customers OR stakeholders',
  'interviews -recruiting',
  'accessibility review',
  'revenue',
  'onboarding retention',
  'xylophone', // no hits
];

const SEARCH = `query Search($w: ID!, $q: String!, $f: Int, $a: String) {
  search(workspaceId: $w, query: $q, first: $f, after: $a) {
    hasNextPage endCursor nodes { source id title context snippet highlights { start end } link studyName } } }`;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

export async function run({ log, broken }) {
  const app = await startApp({ label: 'search' });
  try {
    const who = await researcher(app);
    const studyId = await createStudy(app, who, 'Search benchmark');
    const survey = await publishedSurvey(app, who, studyId, 'Search benchmark', QUESTIONS);
    const insertMs = await insertResponses(app.pool, survey.id, RESPONSES, 'search-');
    await app.pool.query('ANALYZE answer_search');
    const {
      rows: [{ answers }],
    } = await app.pool.query(
      'SELECT count(*)::int AS answers FROM answer_search WHERE survey_id = $1',
      [survey.id],
    );
    log(
      `search: ${RESPONSES} responses inserted with SQL in ${(insertMs / 1000).toFixed(1)} s → ${answers} indexed answers`,
    );
    if (answers !== RESPONSES * 2)
      broken.push(`search: expected ${RESPONSES * 2} indexed answers, found ${answers}`);

    const t0 = performance.now();
    let next = 0;
    const importOne = async () => {
      for (let i = next++; i < TRANSCRIPTS; i = next++) {
        const tr = transcript(i, 20);
        await gql(
          app,
          'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id } }',
          {
            i: {
              studyId,
              title: tr.title,
              format: 'PLAIN',
              content: tr.content,
              participantLabel: tr.participantLabel,
              interviewerSpeakers: ['Interviewer'],
            },
          },
          { token: who.token },
        );
      }
    };
    await Promise.all([importOne(), importOne(), importOne(), importOne()]);
    await app.pool.query('ANALYZE transcript_segment');
    const {
      rows: [{ turns }],
    } = await app.pool.query('SELECT count(*)::int AS turns FROM transcript_segment');
    log(
      `  ${TRANSCRIPTS} transcripts imported through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${turns} turns; load avg ${loadAverage()}`,
    );

    const call = (q, after) =>
      gql(app, SEARCH, { w: who.workspaceId, q, f: 20, a: after ?? null }, { token: who.token });
    // Warm-up, and the cursor of each query's first page (the mix includes second pages).
    const cursors = new Map();
    for (const q of QUERIES) {
      const page = (await call(q)).data.search;
      cursors.set(q, page.endCursor);
      if (q !== 'xylophone' && page.nodes.length === 0) broken.push(`search: "${q}" found nothing`);
      if (q === 'xylophone' && page.nodes.length)
        broken.push('search: "xylophone" found something');
    }
    const ms = [];
    const perQuery = new Map(QUERIES.map((q) => [q, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        for (const after of cursors.get(q) ? [null, cursors.get(q)] : [null]) {
          const s = performance.now();
          await call(q, after);
          const took = performance.now() - s;
          ms.push(took);
          perQuery.get(q).push(took);
        }
      }
    }
    // The floor: one reader's statement alone (transcripts) for the commonest word.
    const floor = [];
    for (let i = 0; i < ROUNDS; i++) {
      const s = performance.now();
      await app.pool.query(
        `SELECT s.id, ts_rank_cd(s.search_tsv, q, 1) AS rank FROM transcript_segment s JOIN interview i ON i.id = s.interview_id,
                websearch_to_tsquery('english', $2) q
          WHERE s.search_tsv @@ q AND i.study_id = ANY($1::uuid[]) ORDER BY rank DESC, s.id LIMIT 21`,
        [[studyId], 'slow'],
      );
      floor.push(performance.now() - s);
    }
    const p50 = pct(ms, 50);
    const p95 = pct(ms, 95);
    for (const [q, xs] of perQuery)
      log(
        `  ${q.padEnd(28)} p50 ${fmt(pct(xs, 50), 1)} ms  p95 ${fmt(pct(xs, 95), 1)} ms  (${xs.length} calls)`,
      );
    log(
      `  all ${ms.length} calls: p50 ${fmt(p50, 1)} ms, p95 ${fmt(p95, 1)} ms (target p95 < ${TARGET_P95_MS} ms); raw SQL floor p50 ${fmt(pct(floor, 50), 1)} ms`,
    );
    return [
      [
        `search ${answers / 1000}k answers + ${turns / 1000}k turns p50`,
        `${fmt(p50, 1)} ms`,
        `${fmt(pct(floor, 50), 1)} ms`,
        fmt(p50 / pct(floor, 50)),
        '(info)',
        '—',
      ],
      [
        'search p95',
        `${fmt(p95, 1)} ms`,
        '—',
        '—',
        `< ${TARGET_P95_MS} ms`,
        p95 < TARGET_P95_MS ? 'yes' : 'NO',
      ],
    ];
  } finally {
    await app.stop();
  }
}
