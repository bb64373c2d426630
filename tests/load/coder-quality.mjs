#!/usr/bin/env node
// Offline coder quality report: precision / recall / F1 per code and micro-averaged for
//   (a) the hand-labelled corpus in tests/fixtures/coding/labelled-corpus.json, and
//   (b) the Jupyter 2015 UX survey's "hinders" answers against the Jupyter team's own themes
//       (../shared/datasets; skipped when missing).
// The coder is TypeScript, so the figures come from a vitest spec that only runs with
// CODER_REPORT=1. Usage: node tests/load/coder-quality.mjs
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = [
  'vitest',
  'run',
  'libs/coding/test/offline-coder/measure.report.ts',
  '--config',
  'tests/load/coder-quality.vitest.config.mjs',
];

const child = spawn('npx', args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CODER_REPORT: '1' },
});
child.on('error', (err) => {
  console.error(`coder-quality: could not start vitest: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
