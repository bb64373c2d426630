import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNeedsStudy } from '../test/engine';
import { EngineStopped, EngineTimeLimit, liveEngineWorkers, runEngine } from './run-engine';

// The engine in a real worker thread (engine.worker.ts bundled as the build would run it): a cancel
// and the time budget terminate the thread, observed through the live thread count, not timing.

const root = resolve(__dirname, '../../..');
let workerFile: string;

beforeAll(async () => {
  workerFile = join(mkdtempSync(join(tmpdir(), 'engine-worker-')), 'engine.worker.cjs');
  await build({
    input: join(root, 'libs/synthesis/src/engine.worker.ts'),
    platform: 'node',
    tsconfig: join(root, 'tsconfig.base.json'),
    output: { file: workerFile, format: 'cjs' },
    logLevel: 'silent',
  });
}, 60_000);

// Large enough that the engine runs for many seconds on this machine.
const big = () => generateNeedsStudy({ respondents: 6000, seed: 3 }).input;

describe('runEngine in a worker thread', () => {
  it('terminates the thread when the signal aborts (a cancel or an expired job)', async () => {
    const controller = new AbortController();
    const stages: string[] = [];
    const run = runEngine(
      big(),
      (stage) => {
        stages.push(stage);
        // The engine is running in its thread: cancel now.
        if (stages.length === 1) controller.abort('cancelled');
      },
      { signal: controller.signal, workerFile },
    );
    expect(liveEngineWorkers()).toBe(1);
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineStopped);
    expect((error as EngineStopped).reason).toBe('cancelled');
    expect(stages.length).toBeGreaterThanOrEqual(1);
    expect(liveEngineWorkers()).toBe(0);
  }, 60_000);

  it('stops a run over its time budget and its thread is gone', async () => {
    const run = runEngine(big(), () => undefined, { maxSeconds: 1, workerFile });
    expect(liveEngineWorkers()).toBe(1);
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineTimeLimit);
    expect(liveEngineWorkers()).toBe(0);
  }, 60_000);

  it('finishes a small run within budget and leaves no thread', async () => {
    const result = await runEngine(
      generateNeedsStudy({ respondents: 300, seed: 4 }).input,
      () => undefined,
      {
        maxSeconds: 120,
        workerFile,
      },
    );
    expect(result.segments.length).toBeGreaterThan(0);
    expect(liveEngineWorkers()).toBe(0);
  }, 120_000);
});
