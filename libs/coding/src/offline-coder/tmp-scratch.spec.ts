import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrateThreshold, evaluate, splitCorpus } from './measure';
import { DEFAULT_PARAMS } from './profile';
it('x', () => {
  const corpus = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/labelled-corpus.json'), 'utf8'));
  const dev = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/dev-corpus.json'), 'utf8'));
  const params = { ...DEFAULT_PARAMS, ...JSON.parse(process.env.P ?? '{}') };
  const split = splitCorpus(corpus, 5);
  if (process.env.CAL) console.log('calibrated on examples', calibrateThreshold(corpus, 5, params));
  const ths = process.env.TH ? process.env.TH.split(',').map(Number) : [params.threshold];
  for (const th of ths) {
    const m = evaluate(split.profiles, dev.units, {}, { ...params, threshold: th });
    console.log('DEV th', th, 'P', m.precision.toFixed(3), 'R', m.recall.toFixed(3), 'F1', m.f1.toFixed(3), m.tp, m.fp, m.fn);
    if (process.env.V) for (const c of m.perCode) console.log(c.codeId.padEnd(22), c.precision.toFixed(2), c.recall.toFixed(2), c.tp, c.fp, c.fn);
  }
});
