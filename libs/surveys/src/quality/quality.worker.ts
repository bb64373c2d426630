import { parentPort } from 'node:worker_threads';
import { flagsOfStored, type FromQualityWorker, type StoredQualityResponse, type ToQualityWorker } from './run-quality';

// Runs the response quality detectors off the main thread (see run-quality.ts): a run's responses
// arrive in slices, then its questions and the order to run.
const responsesOf = new Map<number, StoredQualityResponse[]>();
const post = (m: FromQualityWorker) => parentPort!.postMessage(m);
parentPort!.on('message', (m: ToQualityWorker) => {
  const responses = responsesOf.get(m.id) ?? [];
  if (m.type === 'responses') {
    for (const r of m.responses) responses.push(r);
    responsesOf.set(m.id, responses);
    return;
  }
  responsesOf.delete(m.id);
  try {
    post({ id: m.id, type: 'result', flags: [...flagsOfStored(m.questions, responses)] });
  } catch (error) {
    post({ id: m.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
