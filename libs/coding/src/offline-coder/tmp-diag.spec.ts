import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCorpus } from './measure';
import { DEFAULT_PARAMS, buildCodebook } from './profile';
import { scoreSentences } from './suggest';
import { termsOf } from './terms';
it('diag', () => {
  const corpus = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/labelled-corpus.json'), 'utf8'));
  const dev = JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/coding/dev-corpus.json'), 'utf8'));
  const params = { ...DEFAULT_PARAMS, ...JSON.parse(process.env.P ?? '{}') };
  const split = splitCorpus(corpus, 5);
  const book = buildCodebook(split.profiles, params);
  if (process.env.PROF) for (const p of book.profiles) console.log(p.codeId, [...p.weights].sort((a,b)=>b[1]-a[1]).map(([t,w])=>`${t}:${w.toFixed(2)}`).join(' '));
  const scored = scoreSentences(split.profiles, dev.units, params);
  for (const u of dev.units) {
    const mine = scored.filter(s => s.unitId === u.id).sort((a,b)=>b.score-a.score).slice(0,3);
    const pred = mine.filter(s => s.score >= params.threshold).map(s => split.profiles[s.codeIndex].id);
    const ok = JSON.stringify([...new Set(pred)].sort()) === JSON.stringify([...u.codes].sort());
    console.log(ok ? 'OK ' : 'ERR', u.codes.join(',') || '-', '|', mine.map(s => `${split.profiles[s.codeIndex].id}:${s.score.toFixed(2)}`).join(' '), '|', u.text, '|', termsOf(u.text).join(' '));
  }
});
