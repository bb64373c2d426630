#!/usr/bin/env node
// Synthesis engine speed and memory without the app: one vitest process per size (so the
// peak RSS is that size's), on generated needs studies with open text + 50 transcripts.
// Usage: node tests/load/synthesis-engine.mjs            (10000)
//        BENCH_ENGINE_SIZES=10000,50000 node tests/load/synthesis-engine.mjs
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = (process.env.BENCH_ENGINE_SIZES ?? '10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
let failed = false;
for (const size of sizes) {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'tests/load/synthesis-engine.vitest.config.mjs', 'engine.report'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ENGINE_SIZE: String(size) } },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
