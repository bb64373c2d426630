import { requestLoader } from './request-loader';

/**
 * Loads `key` through the request's loader `name`: every load of one tick (a field resolved for
 * each item of a list) becomes one call of `batch`. A key is remembered only until its batch is
 * sent, so a later tick of the same request (the next mutation of a document, say) reads fresh
 * rows instead of what an earlier field saw. `batch` returns one value per key, in key order; an
 * `Error` in a key's place rejects that key's load only.
 */
export function batchLoad<K, V>(
  ctx: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  key: K,
): Promise<V> {
  const loader = requestLoader<K, V>(ctx, name, (keys) => {
    loader.clearAll();
    return batch(keys) as Promise<readonly V[]>;
  });
  return loader.load(key);
}
