import DataLoader from 'dataloader';

const LOADERS = Symbol('request loaders');

type Holder = { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };

/**
 * A DataLoader that lives as long as one GraphQL request: a field resolved for many parents (a
 * study's surveys' response counts, a codebook's highlight counts) becomes one batched query per
 * request instead of one per parent. `ctx` is the request's GraphQL context; `key` names the loader.
 * Nothing is cached across requests, so a later request always sees fresh data.
 */
export function requestLoader<K, V>(
  ctx: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<readonly V[]>,
): DataLoader<K, V> {
  const holder = ctx as Holder;
  const loaders = (holder[LOADERS] ??= new Map());
  let loader = loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: 500 });
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by the keys asked for: `fallback` for a key with no row. */
export function byKeys<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  valueOf: (row: R) => V,
  fallback: V,
): V[] {
  const found = new Map(rows.map((r) => [keyOf(r), valueOf(r)]));
  return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
}
