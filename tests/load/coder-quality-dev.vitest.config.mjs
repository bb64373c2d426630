// Vitest config for tuning the offline coder on the dev split (see lib/report-config.mjs).
import { reportConfig } from './lib/report-config.mjs';

export default reportConfig({ include: ['libs/coding/test/offline-coder/tune-dev.report.ts'], testTimeout: 1_200_000 });
