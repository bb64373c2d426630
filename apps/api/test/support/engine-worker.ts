import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

/**
 * Bundles a worker entry (a path from the repository root) as the build would run it, so tests
 * from TypeScript sources run it in a real worker thread; returns the bundle's path.
 */
export async function buildWorker(entry: string): Promise<string> {
  const root = resolve(__dirname, '../../../..');
  const name = entry.split('/').pop()!.replace(/\.ts$/, '.cjs');
  const file = join(mkdtempSync(join(tmpdir(), 'worker-')), name);
  await build({
    input: join(root, entry),
    platform: 'node',
    tsconfig: join(root, 'tsconfig.base.json'),
    output: { file, format: 'cjs' },
    logLevel: 'silent',
  });
  return file;
}

/** The synthesis engine worker (libs/synthesis/src/engine.worker.ts), bundled; returns its path. */
export function buildEngineWorker(): Promise<string> {
  return buildWorker('libs/synthesis/src/engine.worker.ts');
}
