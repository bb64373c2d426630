// One Vitest config for the quality and engine reports (pure computation): it skips the root
// config's global setup (an embedded PostgreSQL server) and its Nest/Vue plugins, and resolves
// the tsconfig path aliases so reports import libs by their package names.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));
const alias = Object.entries(compilerOptions.paths)
  .sort(([a], [b]) => b.length - a.length)
  .map(([find, [target]]) => ({ find, replacement: resolve(root, target) }));

/** A report config: `include` globs (from the repository root), a test timeout, extra `test` options. */
export function reportConfig({ include, testTimeout, ...test }) {
  return defineConfig({ root, resolve: { alias }, test: { include, pool: 'forks', testTimeout, ...test } });
}
