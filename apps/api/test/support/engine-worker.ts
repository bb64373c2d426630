import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

/**
 * Bundles the synthesis engine worker (libs/synthesis/src/engine.worker.ts) as the build would run
 * it, so tests from TypeScript sources run the engine in a real worker thread; returns its path.
 */
export async function buildEngineWorker(): Promise<string> {
  const root = resolve(__dirname, '../../../..');
  const file = join(mkdtempSync(join(tmpdir(), 'engine-worker-')), 'engine.worker.cjs');
  await build({
    input: join(root, 'libs/synthesis/src/engine.worker.ts'),
    platform: 'node',
    tsconfig: join(root, 'tsconfig.base.json'),
    output: { file, format: 'cjs' },
    logLevel: 'silent',
  });
  return file;
}
