import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(__dirname, '../..');
const aliases = () =>
  Object.entries(JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths as Record<string, string[]>)
    .sort(([a], [b]) => b.length - a.length)
    .map(([find, [target]]) => ({ find, replacement: resolve(root, target) }));

/** Fault suites drive the BUILT app as child processes (run `npm run build` first). */
export default defineConfig({
  root,
  resolve: { alias: aliases() },
  test: {
    include: ['tests/faults/**/*.faults.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
