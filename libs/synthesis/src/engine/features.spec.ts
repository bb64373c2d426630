import { describe, expect, it } from 'vitest';
import { buildFeatures } from './features';
import { generateStudy } from './generate-study';
import { answerSource, choice, highlight, num, participant } from './test-helpers';

function dense(m: ReturnType<typeof buildFeatures>, i: number): Map<string, number> {
  const out = new Map<string, number>();
  const { rows, columns } = m;
  for (let p = rows.rowPtr[i]; p < rows.rowPtr[i + 1]; p++)
    out.set(columns[rows.cols[p]].key, rows.vals[p]);
  return out;
}

describe('buildFeatures', () => {
  const t1 = answerSource('a', 'open', 'Exports are slow and exports break');
  const t2 = answerSource(
    'b',
    'open',
    'Exports are fine, dashboards are slow, write someone@example.com',
  );
  const t3 = answerSource('c', 'open', 'Dashboards rock. Mail me at someone@example.com');
  const people = [
    participant('a', {
      answers: [
        choice('a', 'role', 'DEMOGRAPHIC', ['Analyst']),
        num('a', 'exp', 'DEMOGRAPHIC', 2),
        choice('a', 'ignored', 'NONE', ['x']),
      ],
      texts: [t1],
      codes: [highlight(t1, 'slow', 'c1', 'PAIN_POINT')],
    }),
    participant('b', {
      answers: [
        choice('b', 'role', 'DEMOGRAPHIC', ['Engineer']),
        num('b', 'exp', 'DEMOGRAPHIC', 12),
      ],
      texts: [t2],
    }),
    participant('c', { answers: [choice('c', 'tools', 'BEHAVIOR', ['R', 'SQL'])], texts: [t3] }),
  ];
  const m = buildFeatures(people);

  it('gives one L2-normalised row per participant', () => {
    expect(m.participantIds).toEqual(['a', 'b', 'c']);
    for (let i = 0; i < 3; i++) expect(m.rows.sqNorm[i]).toBeCloseTo(1, 12);
  });

  it('one-hot encodes choices of persona questions only and scales numbers to [0, 1]', () => {
    const keys = m.columns.map((c) => c.key);
    expect(keys).toContain('choice:role:Analyst');
    expect(keys).toContain('choice:tools:SQL');
    expect(keys.some((k) => k.includes('ignored'))).toBe(false);
    const a = dense(m, 0);
    const b = dense(m, 1);
    expect(a.has('number:exp')).toBe(false); // scaled to 0, the minimum
    // b: exp scaled to 1 and one choice of weight 1, before the row is normalised.
    expect(b.get('number:exp')! / b.get('choice:role:Engineer')!).toBeCloseTo(1, 12);
    // c never answered exp: it gets the study mean (0.5), not the minimum.
    const c = dense(m, 2);
    expect(c.get('number:exp')! / c.get('choice:tools:R')!).toBeCloseTo(0.5 / (1 / Math.SQRT2), 12);
  });

  it('counts accepted codes by category and by code', () => {
    const a = dense(m, 0);
    expect(a.get('category:PAIN_POINT')).toBeGreaterThan(0);
    expect(a.get('code:c1')).toBeCloseTo(a.get('category:PAIN_POINT')!, 12);
  });

  it('adds TF-IDF of redacted open text at a lower weight, from terms shared by two or more participants', () => {
    const terms = m.columns.filter((c) => c.group === 'term').map((c) => c.label);
    expect(terms).toEqual(expect.arrayContaining(['export', 'slow', 'dashboard']));
    expect(terms.join(' ')).not.toMatch(/example|someone/);
    const a = dense(m, 0);
    const termNorm = Math.hypot(...[...a].filter(([k]) => k.startsWith('term:')).map(([, v]) => v));
    const roleWeight = a.get('choice:role:Analyst')!;
    expect(termNorm / roleWeight).toBeCloseTo(0.3, 12);
  });

  it('caps the vocabulary and stays sparse', () => {
    const { input } = generateStudy({ participants: 400, segments: 4, seed: 5 });
    const big = buildFeatures(input.participants, { maxTerms: 10 });
    expect(big.columns.filter((c) => c.group === 'term')).toHaveLength(10);
    expect(big.rows.vals.length / big.rows.n).toBeLessThan(40);
  });

  it('is deterministic', () => {
    expect(buildFeatures(people)).toEqual(m);
  });
});
