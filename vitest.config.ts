import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// One source of truth for import aliases: the tsconfig paths.
const { compilerOptions } = JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8'));
const alias = Object.entries(compilerOptions.paths as Record<string, string[]>)
  .sort(([a], [b]) => b.length - a.length)
  .map(([find, [target]]) => ({ find, replacement: resolve(__dirname, target) }));

export default defineConfig({
  // SWC emits decorator metadata, which Nest's DI and TypeORM rely on (esbuild does not).
  plugins: [swc.vite({ module: { type: 'es6' } }), vue()],
  resolve: { alias },
  test: {
    include: [
      'libs/**/*.spec.ts',
      'libs/**/*.integration-spec.ts',
      'apps/api/**/*.spec.ts',
      'apps/api/**/*.integration-spec.ts',
      'apps/web/**/*.spec.ts',
      'tests/fake-openai/**/*.spec.ts',
    ],
    globalSetup: ['libs/db/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
