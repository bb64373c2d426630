import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { synthesize, type ProgressFn, type SynthesisInput, type SynthesisResult } from './engine';

const WORKER = join(__dirname, 'engine.worker.js');

/** Participants per message to the worker: each message is copied on the main thread, so it stays short. */
export const PARTICIPANTS_PER_MESSAGE = 500;

/** What the main thread sends the engine worker: the participants in slices, then the rest of the input. */
export type ToWorker = { type: 'participants'; participants: SynthesisInput['participants'] } | { type: 'run'; input: Omit<SynthesisInput, 'participants'> };

/**
 * Runs the synthesis engine in a worker thread when the build has one (the
 * API stays responsive, and progress is reported while it runs); from
 * TypeScript sources (tests) it runs inline. The participants go over in
 * slices, one event-loop turn each, rather than as one large copy.
 */
export function runEngine(input: SynthesisInput, onProgress: ProgressFn): Promise<SynthesisResult> {
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return Promise.resolve(synthesize(input, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    worker.on('message', (m: { type: 'progress'; stage: string; progress: number } | { type: 'result'; result: SynthesisResult }) => {
      if (m.type === 'progress') onProgress(m.stage, m.progress);
      else resolve(m.result);
    });
    const { participants, ...rest } = input;
    const send = (from: number) => {
      if (from >= participants.length) {
        worker.postMessage({ type: 'run', input: rest } satisfies ToWorker);
        return;
      }
      worker.postMessage({ type: 'participants', participants: participants.slice(from, from + PARTICIPANTS_PER_MESSAGE) } satisfies ToWorker);
      setImmediate(() => send(from + PARTICIPANTS_PER_MESSAGE));
    };
    send(0);
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The synthesis worker stopped with code ${code}.`));
    });
  });
}
