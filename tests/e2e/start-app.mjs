// Starts the built app for browser tests on a fresh embedded database with the demo seeded.
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'persona-lab-e2e-'));
chmodSync(dataDir, 0o755);
const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? '3210',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(55000 + Math.floor(Math.random() * 900)),
    LOG_LEVEL: 'warn',
    PUBLIC_REQUESTS_PER_MINUTE: '100000',
    OPENAI_API_KEY: '',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
