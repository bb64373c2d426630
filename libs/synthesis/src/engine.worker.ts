import { parentPort, workerData } from 'node:worker_threads';
import { synthesize, type SynthesisInput } from './engine';

// Runs the CPU-heavy engine off the main thread, so the API keeps answering during a run.
const result = synthesize(workerData as SynthesisInput, (stage, progress) => parentPort!.postMessage({ type: 'progress', stage, progress }));
parentPort!.postMessage({ type: 'result', result });
