import { badInput } from '@persona-lab/errors';
import { SEARCH_SOURCES, type SearchSource } from './models/search.model';

/** A position in the merged order: rank descending, then source kind, then row key ascending. */
export interface SearchPosition {
  rank: number;
  source: SearchSource;
  key: string;
}

/** Opaque cursor of a position (base64url JSON). */
export function encodeCursor(p: SearchPosition): string {
  return Buffer.from(JSON.stringify([p.rank, p.source, p.key])).toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT for anything that is not one of ours. */
export function decodeCursor(cursor: string): SearchPosition {
  const invalid = () =>
    badInput('That page of results is no longer valid: search again.', { field: 'after' });
  if (cursor.length > 600) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 3) throw invalid();
  const [rank, source, key] = value as unknown[];
  if (typeof rank !== 'number' || !Number.isFinite(rank) || rank < 0) throw invalid();
  if (typeof source !== 'string' || !(SEARCH_SOURCES as readonly string[]).includes(source))
    throw invalid();
  if (typeof key !== 'string' || key.length > 200) throw invalid();
  return { rank, source: source as SearchSource, key };
}

/** Whether position `a` comes before `b` in the merged order. */
export function before(a: SearchPosition, b: SearchPosition): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.source !== b.source) return a.source < b.source;
  return a.key < b.key;
}

/**
 * What a reader of one source kind must skip to continue after `p`: rows ranked below `p.rank`,
 * and at equal rank only keys above `p.key` for the same kind, all of them for a kind sorted after
 * it, none for a kind sorted before it.
 */
export function afterFor(
  source: SearchSource,
  p: SearchPosition | null,
): { rank: number; key: string | null } | null {
  if (!p) return null;
  if (source === p.source) return { rank: p.rank, key: p.key };
  return { rank: p.rank, key: source > p.source ? '' : null };
}
