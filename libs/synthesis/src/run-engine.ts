import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { synthesize, type ProgressFn, type SynthesisInput, type SynthesisResult } from './engine';

const WORKER = join(__dirname, 'engine.worker.js');

/**
 * Runs the synthesis engine in a worker thread when the build has one (the
 * API stays responsive, and progress is reported while it runs); from
 * TypeScript sources (tests) it runs inline.
 */
export function runEngine(input: SynthesisInput, onProgress: ProgressFn): Promise<SynthesisResult> {
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return Promise.resolve(synthesize(input, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    worker.on('message', (m: { type: 'progress'; stage: string; progress: number } | { type: 'result'; result: SynthesisResult }) => {
      if (m.type === 'progress') onProgress(m.stage, m.progress);
      else resolve(m.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The synthesis worker stopped with code ${code}.`));
    });
  });
}
