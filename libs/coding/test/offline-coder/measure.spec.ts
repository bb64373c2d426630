import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calibrateThreshold,
  measure,
  score,
  splitCorpus,
  type LabelledCorpus,
  type Measurement,
} from './measure';
import { DEFAULT_PARAMS } from '../../src/offline-coder/profile';

const FIXTURES = join(__dirname, '../../../../tests/fixtures/coding');
const corpus: LabelledCorpus = JSON.parse(
  readFileSync(join(FIXTURES, 'labelled-corpus.json'), 'utf8'),
);
const dev: Pick<LabelledCorpus, 'units'> = JSON.parse(
  readFileSync(join(FIXTURES, 'dev-corpus.json'), 'utf8'),
);

describe('splitCorpus', () => {
  it('gives every code exactly 5 accepted examples and keeps them out of the test set', () => {
    const split = splitCorpus(corpus, 5);
    for (const p of split.profiles) expect(p.examples).toHaveLength(5);
    const testIds = new Set(split.test.map((u) => u.id));
    for (const u of split.examples) expect(testIds.has(u.id)).toBe(false);
    expect(split.examples.length + split.test.length).toBe(corpus.units.length);
    expect(splitCorpus(corpus, 5)).toEqual(split);
  });
});

describe('score', () => {
  it('micro-averages over (unit, code) pairs', () => {
    const codes = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    const units = [
      { id: '1', text: '', codes: ['a'] },
      { id: '2', text: '', codes: ['a', 'b'] },
      { id: '3', text: '', codes: [] },
    ];
    const predicted = new Map([
      ['1', new Set(['a'])],
      ['2', new Set(['b'])],
      ['3', new Set(['a'])],
    ]);
    const m = score({ codes }, units, predicted);
    expect([m.tp, m.fp, m.fn]).toEqual([2, 1, 1]);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.perCode.map((c) => [c.codeId, c.tp, c.fp, c.fn])).toEqual([
      ['a', 1, 1, 1],
      ['b', 1, 0, 0],
    ]);
  });
});

describe('offline coder quality on the labelled corpus', () => {
  let m: Measurement;
  beforeAll(async () => {
    m = await measure(corpus);
  }, 120_000);

  it('uses the threshold calibrated on the dev set, not on the test split', async () => {
    const { profiles } = splitCorpus(corpus, 5);
    // Floor 0.72 rather than 0.7: a margin for the test split (see README.md).
    expect((await calibrateThreshold(profiles, dev.units, { minPrecision: 0.72 })).threshold).toBe(
      DEFAULT_PARAMS.threshold,
    );
  }, 60_000);

  it('reaches the precision target (≥ 0.7)', () => {
    expect(m.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('reaches the recall target (≥ 0.5)', () => {
    expect(m.recall).toBeGreaterThanOrEqual(0.5);
  });
});
