// Vitest config for the coder-quality report (see lib/report-config.mjs).
import { reportConfig } from './lib/report-config.mjs';

export default reportConfig({ include: ['libs/coding/test/offline-coder/calibration-jupyter.report.ts'], testTimeout: 120_000 });
