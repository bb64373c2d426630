import { parentPort } from 'node:worker_threads';
import { BATCH_SIZE, loadModel } from './model';

// Hosts the sentence encoder off the main thread (built app only; see semantic.ts), so the API
// keeps answering while a suggestion run embeds thousands of sentences.
// In: { id, texts }. Out: { id, vectors } (raw vectors, transferred) or { id, error }.
parentPort!.on('message', async ({ id, texts }: { id: number; texts: string[] }) => {
  try {
    const model = await loadModel();
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH_SIZE) {
      for (const v of await model.embed(texts.slice(i, i + BATCH_SIZE))) vectors.push(Float32Array.from(v));
    }
    parentPort!.postMessage({ id, vectors }, vectors.map((v) => v.buffer as ArrayBuffer));
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
