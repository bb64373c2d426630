import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { synthesize, type ProgressFn, type SynthesisInput, type SynthesisResult } from './engine';

const BUILT_WORKER = join(__dirname, 'engine.worker.js');

/** Participants per message to the worker: each message is copied on the main thread, so it stays short. */
export const PARTICIPANTS_PER_MESSAGE = 500;

/** What the main thread sends the engine worker: the participants in slices, then the rest of the input. */
export type ToWorker =
  | { type: 'participants'; participants: SynthesisInput['participants'] }
  | { type: 'run'; input: Omit<SynthesisInput, 'participants'> };

/** The engine was stopped from outside (the run was cancelled or its job expired); its thread is gone. */
export class EngineStopped extends Error {
  constructor(readonly reason: unknown) {
    super('The synthesis engine was stopped.');
  }
}

/** The engine ran past its time budget and was stopped; its thread is gone. */
export class EngineTimeLimit extends Error {
  constructor(readonly maxSeconds: number) {
    super(`The synthesis engine ran longer than ${maxSeconds} s.`);
  }
}

export interface EngineLimits {
  /** Aborting it terminates the engine's thread; the run rejects with `EngineStopped`. */
  signal?: AbortSignal;
  /** The engine's time budget: past it the thread is terminated and the run rejects with `EngineTimeLimit`. */
  maxSeconds?: number;
  /** A compiled engine worker; default: the build's `engine.worker.js`, else `SYNTHESIS_ENGINE_WORKER` (tests from sources). */
  workerFile?: string;
}

let live = 0;
/** Engine threads alive in this process (started and not yet exited or terminated). */
export function liveEngineWorkers(): number {
  return live;
}

function workerFile(limits: EngineLimits): string | undefined {
  if (limits.workerFile) return limits.workerFile;
  if (__filename.endsWith('.js') && existsSync(BUILT_WORKER)) return BUILT_WORKER;
  return process.env.SYNTHESIS_ENGINE_WORKER || undefined;
}

/** From TypeScript sources without a compiled worker: inline; the budget and the signal are checked at each progress report. */
function runInline(
  input: SynthesisInput,
  onProgress: ProgressFn,
  limits: EngineLimits,
): Promise<SynthesisResult> {
  const deadline = limits.maxSeconds ? Date.now() + limits.maxSeconds * 1000 : Infinity;
  try {
    return Promise.resolve(
      synthesize(input, (stage, progress) => {
        if (limits.signal?.aborted) throw new EngineStopped(limits.signal.reason);
        if (Date.now() > deadline) throw new EngineTimeLimit(limits.maxSeconds!);
        onProgress(stage, progress);
      }),
    );
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Runs the synthesis engine in a worker thread (the API stays responsive, and progress is
 * reported while it runs). The participants go over in slices, one event-loop turn each, rather
 * than as one large copy. A cancel (the signal) or the time budget terminates the thread: the
 * promise settles only once it is gone.
 */
export function runEngine(
  input: SynthesisInput,
  onProgress: ProgressFn,
  limits: EngineLimits = {},
): Promise<SynthesisResult> {
  const file = workerFile(limits);
  if (!file) return runInline(input, onProgress, limits);
  if (limits.signal?.aborted) return Promise.reject(new EngineStopped(limits.signal.reason));
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    live++;
    let exited = false;
    const gone = () => {
      if (!exited) live--;
      exited = true;
    };
    let settled = false;
    const finish = (settle: () => void, terminate: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (!terminate) return settle();
      void worker.terminate().finally(() => {
        gone();
        settle();
      });
    };
    const onAbort = () => finish(() => reject(new EngineStopped(limits.signal?.reason)), true);
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = limits.maxSeconds
      ? setTimeout(
          () => finish(() => reject(new EngineTimeLimit(limits.maxSeconds!)), true),
          limits.maxSeconds * 1000,
        )
      : undefined;
    worker.on(
      'message',
      (
        m:
          | { type: 'progress'; stage: string; progress: number }
          | { type: 'result'; result: SynthesisResult },
      ) => {
        if (settled) return;
        if (m.type === 'progress') onProgress(m.stage, m.progress);
        else finish(() => resolve(m.result), true);
      },
    );
    const { participants, ...rest } = input;
    const send = (from: number) => {
      if (settled) return;
      if (from >= participants.length) {
        worker.postMessage({ type: 'run', input: rest } satisfies ToWorker);
        return;
      }
      worker.postMessage({
        type: 'participants',
        participants: participants.slice(from, from + PARTICIPANTS_PER_MESSAGE),
      } satisfies ToWorker);
      setImmediate(() => send(from + PARTICIPANTS_PER_MESSAGE));
    };
    send(0);
    worker.on('error', (error) => finish(() => reject(error), true));
    worker.on('exit', (code) => {
      gone();
      finish(() => reject(new Error(`The synthesis worker stopped with code ${code}.`)), false);
    });
  });
}
