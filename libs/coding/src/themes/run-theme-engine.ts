import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { discoverThemes } from './discover-themes';
import type { ThemeOptions, ThemeResult, ThemeUnit } from './types';

const WORKER = join(__dirname, 'theme-engine.worker.js');

/** Units per message to the engine thread: each message is copied on the main thread, so it stays short. */
export const UNITS_PER_MESSAGE = 500;

/** What the main thread sends the engine thread: the units in slices, then the order to run. */
export type ToThemeWorker = { type: 'units'; units: ThemeUnit[] } | { type: 'run'; maxThemes?: number };
/** What the engine thread answers. */
export type FromThemeWorker = { type: 'progress'; fraction: number } | { type: 'result'; result: ThemeResult } | { type: 'error'; message: string };

/**
 * Runs the theme engine on a worker thread when the build has one, so clustering a large corpus
 * never blocks the API's event loop; progress comes back as the engine reports it. From
 * TypeScript sources (tests) it runs inline.
 */
export function runThemeEngine(units: ThemeUnit[], options: ThemeOptions = {}): Promise<ThemeResult> {
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return discoverThemes(units, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: FromThemeWorker) => {
      if (m.type === 'progress') options.onProgress?.(m.fraction);
      else if (m.type === 'result') settle(() => resolve(m.result));
      else settle(() => reject(new Error(m.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The theme engine thread stopped with code ${code}.`))));
    const send = (from: number) => {
      if (settled) return;
      if (from >= units.length) {
        worker.postMessage({ type: 'run', maxThemes: options.maxThemes } satisfies ToThemeWorker);
        return;
      }
      worker.postMessage({ type: 'units', units: units.slice(from, from + UNITS_PER_MESSAGE) } satisfies ToThemeWorker);
      setImmediate(() => send(from + UNITS_PER_MESSAGE));
    };
    send(0);
  });
}
