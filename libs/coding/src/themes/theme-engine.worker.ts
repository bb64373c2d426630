import { parentPort } from 'node:worker_threads';
import { discoverThemes } from './discover-themes';
import type { FromThemeWorker, ToThemeWorker } from './run-theme-engine';
import type { ThemeUnit } from './types';

// Runs theme discovery (embedding, clustering, keyphrases) off the main thread, so the API keeps
// answering during a run. The units arrive in slices (see run-theme-engine.ts), then the order to run.
const units: ThemeUnit[] = [];
const post = (m: FromThemeWorker) => parentPort!.postMessage(m);
parentPort!.on('message', (m: ToThemeWorker) => {
  if (m.type === 'units') {
    for (const u of m.units) units.push(u);
    return;
  }
  discoverThemes(units, { maxThemes: m.maxThemes, onProgress: (fraction) => post({ type: 'progress', fraction }) }).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
