// Vitest config for the synthesis engine report (see lib/report-config.mjs).
import { reportConfig } from './lib/report-config.mjs';

export default reportConfig({
  include: ['libs/synthesis/test/engine/*.report.ts'],
  testTimeout: 600_000,
  poolOptions: { forks: { execArgv: ['--expose-gc', '--max-old-space-size=4096'] } },
});
