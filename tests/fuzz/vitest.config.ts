import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = resolve(__dirname, '../..');
const aliases = () =>
  Object.entries(
    JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions
      .paths as Record<string, string[]>,
  )
    .sort(([a], [b]) => b.length - a.length)
    .map(([find, [target]]) => ({ find, replacement: resolve(root, target) }));

/**
 * The server-level fuzz suite: the real app (createTestApp, embedded PostgreSQL) fed hostile
 * bodies up to the body limit while /healthz is polled. It asserts response times of the event
 * loop, so CI runs it alone, after the main suite, one file at a time.
 */
export default defineConfig({
  root,
  // SWC emits decorator metadata, which Nest's DI and TypeORM rely on (esbuild does not).
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias: aliases() },
  test: {
    include: ['tests/fuzz/**/*.fuzz.ts'],
    globalSetup: ['libs/db/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
