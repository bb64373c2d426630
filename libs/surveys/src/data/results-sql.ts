import { scaleBounds, type Question } from '@persona-lab/survey-logic';

/** What one output column of the results query holds. */
export type ResultColumn =
  | { qid: string; kind: 'answered' | 'mean' | 'median' }
  | { qid: string; kind: 'count'; choiceId: string };

const SCALE = new Set(['RATING', 'LIKERT', 'NPS']);
const NUMERIC = new Set(['RATING', 'LIKERT', 'NPS', 'NUMBER']);

/**
 * Builds one single-pass aggregate over the filtered responses: a FILTER
 * column per (question, choice), plus answered counts, means and medians of
 * numeric questions — the shape a person would write by hand, so PostgreSQL
 * scans the rows once. Question ids and values are always parameters.
 */
export function resultsAggregateSql(
  questions: Question[],
  where: string,
  params: unknown[],
): { sql: string; columns: ResultColumn[] } {
  const columns: ResultColumn[] = [];
  const exprs: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const add = (column: ResultColumn, expr: string) => {
    columns.push(column);
    exprs.push(`${expr} AS c${exprs.length}`);
  };
  for (const q of questions) {
    const key = p(q.id);
    const answer = `r.answers -> ${key}`;
    add({ qid: q.id, kind: 'answered' }, `count(*) FILTER (WHERE r.answers ? ${key})`);
    if (NUMERIC.has(q.type)) {
      const num = `CASE WHEN jsonb_typeof(${answer}) = 'number' THEN (r.answers ->> ${key})::numeric END`;
      add({ qid: q.id, kind: 'mean' }, `avg(${num})::float8`);
      add({ qid: q.id, kind: 'median' }, `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${num})`);
    }
    const count = (choiceId: string, test: string) =>
      add({ qid: q.id, kind: 'count', choiceId }, `count(*) FILTER (WHERE ${test})`);
    if (SCALE.has(q.type)) {
      const bounds = scaleBounds(q) ?? { min: 1, max: 5 };
      for (let v = bounds.min; v <= bounds.max; v++)
        count(String(v), `${answer} = ${p(JSON.stringify(v))}::jsonb`);
    } else if (q.type === 'SINGLE_CHOICE' || q.type === 'DROPDOWN') {
      for (const o of q.options ?? []) count(o.id, `${answer} = ${p(JSON.stringify(o.id))}::jsonb`);
    } else if (q.type === 'MULTIPLE_CHOICE') {
      for (const o of q.options ?? [])
        count(o.id, `${answer} @> ${p(JSON.stringify([o.id]))}::jsonb`);
    } else if (q.type === 'RANKING') {
      // How often each option was ranked first.
      for (const o of q.options ?? [])
        count(o.id, `${answer} -> 0 = ${p(JSON.stringify(o.id))}::jsonb`);
    } else if (q.type === 'MATRIX') {
      for (const row of q.rows ?? []) {
        const cell = `${answer} -> ${p(row.id)}`;
        for (const col of q.options ?? [])
          count(`${row.id}:${col.id}`, `${cell} = ${p(JSON.stringify(col.id))}::jsonb`);
      }
    }
  }
  const select = [
    'count(*)::int AS total',
    'count(*) FILTER (WHERE r.complete)::int AS complete',
    ...exprs,
  ];
  return { sql: `SELECT ${select.join(',\n  ')}\nFROM response r WHERE ${where}`, columns };
}
