import type { EntityManager, Repository } from 'typeorm';

/**
 * A caller's open transaction, handed through services to a repository method that must join it
 * (e.g. a participant created beside the response that names it). Only data layers use it.
 */
export type Transaction = EntityManager;

/** Runs `fn` in the caller's transaction `tx`, or in a new one of `repo`'s connection. */
export function within<T>(
  repo: Repository<any>,
  tx: Transaction | undefined,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return tx ? fn(tx) : repo.manager.transaction(fn);
}
