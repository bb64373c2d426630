import { parentPort } from 'node:worker_threads';
import { discoverThemes } from './discover-themes';
import type { FromThemeWorker, ToThemeWorker } from './run-theme-engine';
import type { ThemeUnit } from './types';

// Runs theme discovery (embedding, clustering, keyphrases) off the main thread, so the API keeps
// answering during a run. Each run's units arrive in slices (see run-theme-engine.ts), then the
// order to run it; runs of several jobs may overlap (the engine yields between steps).
const unitsOf = new Map<number, ThemeUnit[]>();
const post = (m: FromThemeWorker) => parentPort!.postMessage(m);
parentPort!.on('message', (m: ToThemeWorker) => {
  const units = unitsOf.get(m.id) ?? [];
  if (m.type === 'units') {
    for (const u of m.units) units.push(u);
    unitsOf.set(m.id, units);
    return;
  }
  unitsOf.delete(m.id);
  discoverThemes(units, { maxThemes: m.maxThemes, onProgress: (fraction) => post({ id: m.id, type: 'progress', fraction }) }).then(
    (result) => post({ id: m.id, type: 'result', result }),
    (error: unknown) => post({ id: m.id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
