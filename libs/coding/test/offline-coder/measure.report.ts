import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJupyterHinders } from './jupyter-reference';
import {
  calibrateThreshold,
  measure,
  splitCorpus,
  type LabelledCorpus,
  type Measurement,
} from './measure';
import { DEFAULT_PARAMS } from '../../src/offline-coder/profile';

// Prints the coder's quality figures; run through `node tests/load/coder-quality.mjs`.
// Reports, never fails on low figures; only checks that they are finite.
const FIXTURES = join(__dirname, '../../../../tests/fixtures/coding');
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function table(title: string, m: Measurement, note: string): string {
  const lines = [
    '',
    `== ${title}`,
    `   ${note}`,
    `   examples: ${m.exampleUnits} units   test: ${m.testUnits} units   threshold: ${DEFAULT_PARAMS.threshold}`,
    '',
    `   ${'code'.padEnd(24)} support    TP    FP    FN   prec%  recall%    F1%`,
  ];
  for (const c of m.perCode) {
    const counts = [c.support, c.tp, c.fp, c.fn].map((n) => String(n).padStart(5)).join(' ');
    lines.push(
      `   ${c.name.slice(0, 24).padEnd(24)}  ${counts}  ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
    );
  }
  const counts = [m.tp + m.fn, m.tp, m.fp, m.fn].map((n) => String(n).padStart(5)).join(' ');
  lines.push(
    `   ${'MICRO-AVERAGE'.padEnd(24)}  ${counts}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
  );
  return lines.join('\n');
}

function expectFinite(m: Measurement) {
  for (const x of [
    m.precision,
    m.recall,
    m.f1,
    ...m.perCode.flatMap((c) => [c.precision, c.recall, c.f1]),
  ]) {
    expect(Number.isFinite(x)).toBe(true);
  }
}

// Not part of npm test: run by tests/load/coder-quality.mjs, which prints the figures.
describe('offline coder quality report', () => {
  it('(a) hand-labelled product-research corpus', async () => {
    const corpus: LabelledCorpus = JSON.parse(
      readFileSync(join(FIXTURES, 'labelled-corpus.json'), 'utf8'),
    );
    const dev: LabelledCorpus = JSON.parse(readFileSync(join(FIXTURES, 'dev-corpus.json'), 'utf8'));
    const cal = await calibrateThreshold(splitCorpus(corpus, 5).profiles, dev.units, {
      minPrecision: 0.72,
    });
    const m = await measure(corpus, { examplesPerCode: 5 });
    console.log(
      table(
        'labelled corpus (tests/fixtures/coding/labelled-corpus.json), 5 accepted examples per code',
        m,
        `threshold chosen on the dev set (${dev.units.length} units): ${cal.threshold} ` +
          `(dev P ${pct(cal.precision).trim()}% R ${pct(cal.recall).trim()}%)`,
      ),
    );
    expectFinite(m);
  });

  it('(b) Jupyter 2015 UX survey "hinders" answers vs. the Jupyter team\'s themes', async () => {
    const corpus = loadJupyterHinders();
    const m = await measure(corpus, { examplesPerCode: 3 });
    console.log(
      table(
        'Jupyter 2015 "hinders" answers vs. hinderances_themes.csv, 3 examples per theme',
        m,
        'codes = theme names only (no descriptions); the team coded with keywords, a baseline rather than ground truth',
      ),
    );
    expectFinite(m);
  });
});
