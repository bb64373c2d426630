import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, splitCorpus } from './measure';
import { suggestWithParams } from './suggest';
import { DEFAULT_PARAMS } from './profile';
it('x', () => {
  const corpus = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/labelled-corpus.json'), 'utf8'));
  const dev = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/dev-corpus.json'), 'utf8'));
  const split = splitCorpus(corpus, 5);
  for (const extra of JSON.parse(process.env.PS ?? '[{}]')) {
    const params = { ...DEFAULT_PARAMS, ...extra };
    const sugg = suggestWithParams(split.profiles, dev.units, {}, params);
    let fpUncoded = 0, fpCoded = 0;
    for (const u of dev.units) for (const c of new Set(sugg.filter(s => s.unitId === u.id).map(s => s.codeId))) if (!u.codes.includes(c)) (u.codes.length ? fpCoded++ : fpUncoded++);
    const m = evaluate(split.profiles, dev.units, {}, params);
    console.log('DEV', JSON.stringify(extra), 'P', m.precision.toFixed(3), 'R', m.recall.toFixed(3), 'F1', m.f1.toFixed(3), m.tp, m.fp, m.fn, 'fpUncoded', fpUncoded, 'fpCoded', fpCoded);
  }
});
