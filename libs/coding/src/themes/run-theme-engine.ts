import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { discoverThemes } from './discover-themes';
import type { ThemeOptions, ThemeResult, ThemeUnit } from './types';

const WORKER = join(__dirname, 'theme-engine.worker.js');

/** Units per message to the engine thread: each message is copied on the main thread, so it stays short. */
export const UNITS_PER_MESSAGE = 500;

/** What the main thread sends the engine thread for run `id`: its units in slices, then the order to run. */
export type ToThemeWorker = { id: number; type: 'units'; units: ThemeUnit[] } | { id: number; type: 'run'; maxThemes?: number };
/** What the engine thread answers for run `id`. */
export type FromThemeWorker =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: ThemeResult }
  | { id: number; type: 'error'; message: string };

interface Pending {
  resolve: (r: ThemeResult) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * The engine thread of the built app: one per process, started on the first run and kept (its
 * sentence encoder stays loaded and its vector cache warm, so a re-run over the same text is
 * quick), never keeping the process alive. If it dies, its runs fail and the next starts a new one.
 */
let thread: { worker: Worker; pending: Map<number, Pending>; next: number } | undefined;

function engineThread() {
  if (thread) return thread;
  const worker = new Worker(WORKER);
  worker.unref();
  const state = { worker, pending: new Map<number, Pending>(), next: 0 };
  worker.on('message', (m: FromThemeWorker) => {
    const p = state.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.onProgress?.(m.fraction);
    state.pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new Error(m.message));
  });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    if (thread === state) thread = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The theme engine thread stopped with code ${code}.`)));
  return (thread = state);
}

/**
 * Runs the theme engine on its own thread when the build has one, so clustering a large corpus
 * never blocks the API's event loop; progress comes back as the engine reports it. The units go
 * over in slices, one event-loop turn each, rather than as one large copy. From TypeScript
 * sources (tests) it runs inline.
 */
export function runThemeEngine(units: ThemeUnit[], options: ThemeOptions = {}): Promise<ThemeResult> {
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return discoverThemes(units, options);
  const state = engineThread();
  const id = state.next++;
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject, onProgress: options.onProgress });
    const send = (from: number) => {
      if (!state.pending.has(id)) return;
      if (from >= units.length) {
        state.worker.postMessage({ id, type: 'run', maxThemes: options.maxThemes } satisfies ToThemeWorker);
        return;
      }
      state.worker.postMessage({ id, type: 'units', units: units.slice(from, from + UNITS_PER_MESSAGE) } satisfies ToThemeWorker);
      setImmediate(() => send(from + UNITS_PER_MESSAGE));
    };
    send(0);
  });
}
