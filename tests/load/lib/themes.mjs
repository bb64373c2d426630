// Theme discovery over ~10k open answers (~23k sentences, lib/themes-corpus.mjs), offline: wall
// time, CPU and peak RSS of a process running the built engine (encoder on worker threads), each
// size in a fresh process so the encoder's cache starts empty. Baseline: the 1k run (linearity);
// bars: 90 s and 1 GiB for 10k answers. Knob: BENCH_THEMES_SIZES (1000,10000).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, ratio } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

function runChild(n) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(here, 'themes-child.mjs'), String(n)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0)
        return reject(new Error(`theme discovery of ${n} answers exited with ${code}`));
      resolvePromise(JSON.parse(out.trim().split('\n').at(-1)));
    });
  });
}

export async function run({ log, broken }) {
  if (!existsSync(join(root, 'dist/api/libs/coding/src/themes/discover-themes.js'))) {
    throw new Error('no build: run `npm run build:api` first');
  }
  const sizes = (process.env.BENCH_THEMES_SIZES ?? '1000,10000').split(',').map(Number);
  const runs = [];
  for (const n of sizes) {
    const r = await runChild(n);
    runs.push(r);
    log(
      `  ${n} answers: ${r.sentences} sentences, ${fmt(r.seconds, 1)} s wall, ${fmt(r.cpuSeconds, 1)} s CPU, ` +
        `peak RSS ${fmt(r.peakMiB, 0)} MiB, longest event-loop turn ${fmt(r.longestTurnMs, 0)} ms, ` +
        `${r.themes.length} themes, ${r.unassigned} unassigned`,
    );
    log(`    themes: ${r.themes.join(' | ')}`);
    if (!r.themes.length) broken.push(`themes: no theme found in ${n} answers (${r.message})`);
  }
  const rows = [];
  const small = runs[0];
  const big = runs.at(-1);
  if (small && big && big !== small) {
    const growth = ratio(big.seconds / small.seconds, big.n / small.n);
    rows.push([
      `themes linearity ${big.n / 1000}k/${small.n / 1000}k`,
      `${fmt((big.seconds / big.n) * 1000, 2)} s/1k`,
      `${fmt((small.seconds / small.n) * 1000, 2)} s/1k`,
      fmt(growth),
      '≈ 1 (linear)',
      growth <= 1.5 ? 'yes' : 'NO',
    ]);
  }
  if (big) {
    rows.push([
      `themes ${big.n / 1000}k time`,
      `${fmt(big.seconds, 1)} s`,
      '90 s bar',
      fmt(big.seconds / 90),
      '≤ 1.00',
      big.seconds <= 90 ? 'yes' : 'NO',
    ]);
    rows.push([
      `themes ${big.n / 1000}k peak RSS`,
      `${fmt(big.peakMiB, 0)} MiB`,
      '1 GiB bar',
      fmt(big.peakMiB / 1024),
      '≤ 1.00',
      big.peakMiB <= 1024 ? 'yes' : 'NO',
    ]);
  }
  return rows;
}
