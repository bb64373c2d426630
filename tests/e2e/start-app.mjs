// Starts the built app for browser tests on a fresh embedded database with the demo seeded.
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMailCatcher } from './mail-catcher.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'persona-lab-e2e-'));
chmodSync(dataDir, 0o755);
const port = Number(process.env.E2E_PORT ?? '3210');
// Mail goes to an in-process catcher (SMTP on port + 1, its messages over HTTP on port + 2).
await startMailCatcher({ smtpPort: port + 1, httpPort: port + 2 });
const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(port),
    SMTP_URL: `smtp://127.0.0.1:${port + 1}`,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
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
