#!/usr/bin/env node
// Theme discovery against the Jupyter team's own themes for nine open questions of the 2015 UX
// survey (../shared/datasets; fails when missing): per question, tuned vs held out, and overall.
// The engine is TypeScript, so the figures come from a vitest report outside `npm test`.
// Usage: node tests/load/themes-quality.mjs      (THEMES_SWEEP=1 adds the tuning sweep)
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = [
  'vitest',
  'run',
  'libs/coding/test/themes/reference.report.ts',
  '--config',
  'tests/load/themes-quality.vitest.config.mjs',
];

const child = spawn('npx', args, { cwd: root, stdio: 'inherit' });
child.on('error', (err) => {
  console.error(`themes-quality: could not start vitest: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
