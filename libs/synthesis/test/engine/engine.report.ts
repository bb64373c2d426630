import { expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/engine/ari';
import { generateNeedsStudy } from './generate-needs-study';
import { synthesize } from '../../src/engine/synthesize';

// Engine speed and memory on a generated needs study: N respondents with open text (four
// open questions, themes as codes) + 50 interviewees × 30 turns. Run through
// `node tests/load/synthesis-engine.mjs` (one process per size, so peak RSS is per size).
// Reports figures; only checks that the run finished and found the latent segments.
const size = Number(process.env.BENCH_ENGINE_SIZE ?? 10000);
const transcripts = Number(process.env.BENCH_TRANSCRIPTS ?? 50);

it(`engine: ${size} respondents + ${transcripts} transcripts`, () => {
  const study = generateNeedsStudy({
    respondents: size,
    seed: 7,
    interviewees: transcripts,
    turns: 30,
  });
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const stages: [string, number][] = [];
  const t0 = performance.now();
  const result = synthesize(study.input, (stage, p) =>
    stages.push([`${stage} ${p.toFixed(2)}`, performance.now() - t0]),
  );
  const seconds = (performance.now() - t0) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const found: number[] = [];
  const truth: number[] = [];
  result.segments.forEach((s, i) =>
    s.memberIds.forEach((id) => {
      if (!id.startsWith('resp-')) return;
      found.push(i);
      truth.push(study.latent.get(id)!);
    }),
  );
  const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const lines = [
    '',
    `== synthesis engine: ${size} respondents + ${transcripts} transcripts (${study.input.participants.length} participants)`,
    `   time ${seconds.toFixed(1)} s   k ${result.k}   ARI ${adjustedRandIndex(found, truth).toFixed(3)}   stability ${result.quality.stability.toFixed(3)}   silhouette ${result.quality.silhouette.toFixed(3)}   entropy ${result.diagnostics.entropy.toFixed(3)}`,
    `   RSS before run ${mib(rssBefore)} (input and test runner)   peak RSS ${mib(peakRss)}   engine ≤ ${mib(peakRss - rssBefore)}   heap after ${mib(process.memoryUsage().heapUsed - heapBefore)} above before`,
    `   stages (s from start): ${stages.map(([s, t]) => `${s} @${(t / 1000).toFixed(1)}`).join(', ')}`,
    '',
  ];
  console.log(lines.join('\n'));
  expect(result.k).toBeGreaterThanOrEqual(2);
});
