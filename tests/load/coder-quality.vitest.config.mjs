// Vitest config for the coder-quality report: the report is pure computation, so it skips the
// root config's global setup (an embedded PostgreSQL server) and its Nest/Vue plugins.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['libs/coding/src/offline-coder/measure.report.ts'],
    pool: 'forks',
    testTimeout: 120_000,
  },
});
