// Child process of the `themes` benchmark: runs the built theme discovery (its sentence encoder
// on worker threads, as in the app) over `themeAnswers(n)` and prints one JSON line.
// Usage: node tests/load/lib/themes-child.mjs <answers>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeAnswers } from './themes-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const { discoverThemes } = require(
  join(root, 'dist/api/libs/coding/src/themes/discover-themes.js'),
);

const n = Number(process.argv[2]);
const units = themeAnswers(n);
const started = performance.now();
let longestTurnMs = 0;
let last = performance.now();
const probe = setInterval(() => {
  const now = performance.now();
  longestTurnMs = Math.max(longestTurnMs, now - last);
  last = now;
}, 20);
const result = await discoverThemes(units);
clearInterval(probe);
const seconds = (performance.now() - started) / 1000;
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    n,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMiB: peakKb / 1024,
    longestTurnMs,
    sentences: result.sentenceCount,
    themes: result.themes.map((t) => `${t.label} (${t.unitCount})`),
    unassigned: result.unassigned,
    message: result.message,
  }),
);
