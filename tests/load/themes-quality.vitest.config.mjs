// Vitest config for the theme-discovery reference report (see lib/report-config.mjs).
import { reportConfig } from './lib/report-config.mjs';

export default reportConfig({ include: ['libs/coding/test/themes/reference.report.ts'], testTimeout: 3_600_000 });
