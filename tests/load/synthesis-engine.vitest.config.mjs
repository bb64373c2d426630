// Vitest config for the synthesis engine report: pure computation, so it skips the root
// config's global setup (an embedded PostgreSQL server) and its Nest/Vue plugins.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));
const alias = Object.entries(compilerOptions.paths)
  .sort(([a], [b]) => b.length - a.length)
  .map(([find, [target]]) => ({ find, replacement: resolve(root, target) }));

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    include: ['libs/synthesis/src/engine/*.report.ts'],
    pool: 'forks',
    poolOptions: { forks: { execArgv: ['--expose-gc', '--max-old-space-size=4096'] } },
    testTimeout: 600_000,
  },
});
