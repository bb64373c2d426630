import { parentPort } from 'node:worker_threads';
import { synthesize, type SynthesisInput } from './engine';
import type { ToWorker } from './run-engine';

// Runs the CPU-heavy engine off the main thread, so the API keeps answering during a run.
// The participants arrive in slices (see run-engine.ts), then the message to run.
const participants: SynthesisInput['participants'] = [];
parentPort!.on('message', (m: ToWorker) => {
  if (m.type === 'participants') {
    for (const p of m.participants) participants.push(p);
    return;
  }
  const result = synthesize({ ...m.input, participants }, (stage, progress) => parentPort!.postMessage({ type: 'progress', stage, progress }));
  parentPort!.postMessage({ type: 'result', result });
  parentPort!.close();
});
