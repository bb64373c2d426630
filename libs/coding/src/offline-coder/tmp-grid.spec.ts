import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, splitCorpus } from './measure';
import { DEFAULT_PARAMS } from './profile';
it('grid', () => {
  const corpus = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/labelled-corpus.json'), 'utf8'));
  const dev = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/dev-corpus.json'), 'utf8'));
  const split = splitCorpus(corpus, 5);
  const rows: string[] = [];
  for (const descriptionWeight of [0.6, 0.8, 1])
  for (const distinctPower of [0.5, 1])
  for (const exampleWeight of [0.8, 1.2])
  for (const examplePower of [0.5, 1])
  for (const b of [0.5, 0.75])
  for (let threshold = 2.5; threshold <= 5; threshold += 0.25) {
    const params = { ...DEFAULT_PARAMS, descriptionWeight, distinctPower, exampleWeight, examplePower, b, threshold };
    const m = evaluate(split.profiles, dev.units, {}, params);
    rows.push(`${m.f1.toFixed(3)} P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} ${JSON.stringify({ descriptionWeight, distinctPower, exampleWeight, examplePower, b, threshold })}`);
  }
  console.log(rows.filter(r => Number(r.split('P=')[1].slice(0,5)) >= 0.72).sort().reverse().slice(0, 25).join('\n'));
}, 600_000);
