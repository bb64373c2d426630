// DEV-ONLY tuning of the sentence-encoder similarity. Prints dev figures only; never scores the test split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { calibrateScores, calibrateThreshold, splitCorpus, type LabelledCorpus } from './measure';
import { DEFAULT_PARAMS, type CoderParams } from '../../src/offline-coder/profile';
import { dot, embedTexts, referenceTexts } from '../../src/offline-coder/semantic';
import { scoreSentences, scoredSentenceTexts } from '../../src/offline-coder/suggest';

const FIXTURES = join(__dirname, '../../../../tests/fixtures/coding');
const f = (x: number) => x.toFixed(3);

it('dev grid', async () => {
  const corpus: LabelledCorpus = JSON.parse(
    readFileSync(join(FIXTURES, 'labelled-corpus.json'), 'utf8'),
  );
  const dev: LabelledCorpus = JSON.parse(readFileSync(join(FIXTURES, 'dev-corpus.json'), 'utf8'));
  const profiles = splitCorpus(corpus, 5).profiles; // examples only
  const units = dev.units;
  const floors = (process.env.FLOORS ?? '0.7,0.72,0.75').split(',').map(Number);
  const cal = (p: CoderParams, sim?: Float64Array) =>
    floors.map((minPrecision) =>
      calibrateScores(profiles, units, scoreSentences(profiles, units, p, sim), {
        minPrecision,
        params: p,
      }),
    );
  const show = (label: string, r: ReturnType<typeof cal>) =>
    console.log(
      label.padEnd(44),
      r
        .map((x) => `t${x.threshold.toFixed(2)} P${f(x.precision)} R${f(x.recall)} F${f(x.f1)}`)
        .join(' | '),
    );
  const lexical = { ...DEFAULT_PARAMS, semanticWeight: 0 };
  show('baseline (lexical)', cal(lexical));
  if (process.env.PRODUCTION) {
    for (const minPrecision of floors) {
      const r = await calibrateThreshold(profiles, units, { minPrecision });
      console.log(
        `production path, floor ${minPrecision}: t${r.threshold} P${f(r.precision)} R${f(r.recall)} F${f(r.f1)} (default threshold ${DEFAULT_PARAMS.threshold})`,
      );
    }
    return;
  }

  const texts = scoredSentenceTexts(profiles, units, DEFAULT_PARAMS);
  const exSent = profiles.map((c) => referenceTexts(c).slice(0, -1));
  const exUnits = profiles.map((c) => c.examples);
  const descs = profiles.map((c) => `${c.name}: ${c.description ?? ''}`);
  const t0 = Date.now();
  const all = await embedTexts([...texts, ...exSent.flat(), ...exUnits.flat(), ...descs]);
  console.log(
    `embedded ${all.length} texts in ${Date.now() - t0} ms; dev sentences ${texts.length}`,
  );
  const vec = new Map<string, Float32Array>();
  [...texts, ...exSent.flat(), ...exUnits.flat(), ...descs].forEach((t, i) => vec.set(t, all[i]!));
  const size = profiles.length;
  const S = texts.map((t) => vec.get(t)!);

  type Mode = {
    name: string;
    refs: Float32Array[][];
    k: number;
    centroid?: boolean;
    contrast?: boolean;
  };
  const norm = (v: Float32Array) => {
    let n = 0;
    for (const x of v) n += x * x;
    n = Math.sqrt(n) || 1;
    return v.map((x) => x / n);
  };
  const centroid = (list: Float32Array[]) => {
    const c = new Float32Array(512);
    for (const v of list) for (let k = 0; k < 512; k++) c[k] += v[k]!;
    return norm(c);
  };
  const sentRefs = exSent.map((l) => l.map((t) => vec.get(t)!));
  const unitRefs = exUnits.map((l) => l.map((t) => vec.get(t)!));
  const withDesc = sentRefs.map((l, c) => [...l, vec.get(descs[c]!)!]);
  const modes: Mode[] = [];
  for (const k of [1, 2, 3]) modes.push({ name: `sent k${k}`, refs: sentRefs, k });
  for (const k of [1, 2]) modes.push({ name: `unit k${k}`, refs: unitRefs, k });
  modes.push({ name: 'sent+desc k2', refs: withDesc, k: 2 });
  modes.push({ name: 'centroid sent', refs: sentRefs.map((l) => [centroid(l)]), k: 1 });
  modes.push({ name: 'centroid sent+desc', refs: withDesc.map((l) => [centroid(l)]), k: 1 });
  modes.push({ name: 'centroid unit', refs: unitRefs.map((l) => [centroid(l)]), k: 1 });
  modes.push({ name: 'sent k2 contrast', refs: sentRefs, k: 2, contrast: true });
  const only = process.env.MODES?.split(',');
  for (const m of modes) {
    if (only && !only.includes(m.name)) continue;
    const sim = new Float64Array(S.length * size);
    S.forEach((v, i) => {
      for (let c = 0; c < size; c++) {
        const sims = m.refs[c]!.map((e) => dot(v, e)).sort((a, b) => b - a);
        let sum = 0;
        for (let j = 0; j < m.k; j++) sum += sims[Math.min(j, sims.length - 1)]!;
        sim[i * size + c] = sum / m.k;
      }
      if (m.contrast) {
        let mean = 0;
        for (let c = 0; c < size; c++) mean += sim[i * size + c]! / size;
        for (let c = 0; c < size; c++) sim[i * size + c] = sim[i * size + c]! - mean + 0.3;
      }
    });
    const ws = (process.env.WS ?? '2,4,6,8,12').split(',').map(Number);
    const cs = (process.env.CS ?? '0.2,0.3,0.4,0.5').split(',').map(Number);
    for (const c of cs)
      for (const w of ws) {
        show(
          `${m.name} w${w} c${c}`,
          cal({ ...DEFAULT_PARAMS, semanticWeight: w, semanticFloor: c }, sim),
        );
      }
    // embedding alone (no BM25 terms): huge weight dominates
  }
}, 1_200_000);
