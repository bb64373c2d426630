// The hand-written SQL baseline for surveyResults over the benchmark survey: one pass
// computing every count, mean, median and NPS bucket, plus the newest text answers,
// the obvious queries someone would write for this one survey.
import { CHOICE_QUESTIONS, NUMERIC_QUESTIONS, TEXT_QUESTIONS } from './corpus.mjs';

const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const col = (s) => `"${s.replace(/"/g, '""')}"`;
const scale = (q) => (q.type === 'NPS' ? [0, 10] : [q.min ?? 1, q.max ?? 5]);

function aggregateSql() {
  const parts = ['count(*)::int AS total', 'count(*) FILTER (WHERE complete)::int AS complete'];
  for (const q of [...CHOICE_QUESTIONS, ...NUMERIC_QUESTIONS, ...TEXT_QUESTIONS]) {
    parts.push(`count(*) FILTER (WHERE answers ? ${lit(q.id)})::int AS ${col(`${q.id}:answered`)}`);
  }
  for (const q of CHOICE_QUESTIONS) {
    for (const o of q.options) {
      const test =
        q.type === 'MULTIPLE_CHOICE'
          ? `answers -> ${lit(q.id)} ? ${lit(o.id)}`
          : `answers ->> ${lit(q.id)} = ${lit(o.id)}`;
      parts.push(`count(*) FILTER (WHERE ${test})::int AS ${col(`${q.id}:${o.id}`)}`);
    }
  }
  for (const q of NUMERIC_QUESTIONS) {
    const v = `(answers ->> ${lit(q.id)})::int`;
    parts.push(`avg(${v})::float8 AS ${col(`${q.id}:mean`)}`);
    parts.push(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${v}) AS ${col(`${q.id}:median`)}`);
    const [lo, hi] = scale(q);
    for (let x = lo; x <= hi; x++)
      parts.push(`count(*) FILTER (WHERE ${v} = ${x})::int AS ${col(`${q.id}:${x}`)}`);
    if (q.type === 'NPS') {
      parts.push(`count(*) FILTER (WHERE ${v} >= 9)::int AS ${col(`${q.id}:promoters`)}`);
      parts.push(`count(*) FILTER (WHERE ${v} BETWEEN 7 AND 8)::int AS ${col(`${q.id}:passives`)}`);
      parts.push(`count(*) FILTER (WHERE ${v} <= 6)::int AS ${col(`${q.id}:detractors`)}`);
    }
  }
  return `SELECT ${parts.join(',\n  ')}\nFROM response WHERE survey_id = $1`;
}

const AGGREGATE = aggregateSql();
const TEXTS =
  'SELECT answers ->> $2 AS t FROM response WHERE survey_id = $1 AND answers ? $2 ORDER BY submitted_at DESC, id DESC LIMIT 100';

/** Runs the raw aggregate (and text samples, in parallel like the app) and returns one flat row. */
export async function rawResults(pool, surveyId) {
  const [agg] = await Promise.all([
    pool.query(AGGREGATE, [surveyId]).then((r) => r.rows[0]),
    ...TEXT_QUESTIONS.map((q) => pool.query(TEXTS, [surveyId, q.id])),
  ]);
  return agg;
}

/** Differences between the app's surveyResults and the raw row (empty when they agree). */
export function compareResults(app, raw) {
  const diffs = [];
  const same = (what, a, b) => {
    const ok =
      typeof a === 'number' && typeof b === 'number'
        ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
        : a === b;
    if (!ok) diffs.push(`${what}: app ${a} vs SQL ${b}`);
  };
  same('responseCount', app.responseCount, raw.total);
  const byId = new Map(app.questions.map((q) => [q.questionId, q]));
  for (const q of [...CHOICE_QUESTIONS, ...NUMERIC_QUESTIONS, ...TEXT_QUESTIONS]) {
    const a = byId.get(q.id);
    if (!a) {
      diffs.push(`${q.id}: missing from the app's results`);
      continue;
    }
    same(`${q.id}.answered`, a.answered, raw[`${q.id}:answered`]);
    const counts = new Map((a.choices ?? []).map((c) => [c.choiceId, c.count]));
    for (const o of q.options ?? [])
      same(`${q.id}.${o.id}`, counts.get(o.id), raw[`${q.id}:${o.id}`]);
    if (NUMERIC_QUESTIONS.includes(q)) {
      same(`${q.id}.mean`, a.mean, raw[`${q.id}:mean`]);
      same(`${q.id}.median`, a.median, Number(raw[`${q.id}:median`]));
      const [lo, hi] = scale(q);
      for (let x = lo; x <= hi; x++)
        same(`${q.id}.${x}`, counts.get(String(x)), raw[`${q.id}:${x}`]);
    }
    if (q.type === 'NPS') {
      const p = raw[`${q.id}:promoters`];
      const d = raw[`${q.id}:detractors`];
      same(`${q.id}.promoters`, a.nps?.promoters, p);
      same(`${q.id}.detractors`, a.nps?.detractors, d);
      same(`${q.id}.nps`, a.nps?.score, ((p - d) / raw[`${q.id}:answered`]) * 100);
    }
  }
  return diffs;
}

/** The raw keyset pages the app's `responses` resolver answers (without its count): first, and after a row. */
const PAGE_COLUMNS =
  'r.id, r.survey_version, r.complete, r.submitted_at, r.submitted_at::text AS cursor_at, r.answers, r.hidden_fields';
export const PAGE1_SQL = `SELECT ${PAGE_COLUMNS} FROM response r WHERE r.survey_id = $1 ORDER BY r.submitted_at DESC, r.id DESC LIMIT $2`;
export const PAGE_AFTER_SQL = `SELECT ${PAGE_COLUMNS} FROM response r
  WHERE r.survey_id = $1 AND (r.submitted_at, r.id) < ($3::timestamptz, $4::uuid)
  ORDER BY r.submitted_at DESC, r.id DESC LIMIT $2`;
