import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['libs/coding/src/offline-coder/tune-dev.report.ts'],
    pool: 'forks',
    testTimeout: 1_200_000,
  },
});
