/**
 * What every search reader (a lib's `src/data/*.search.ts`, one per owner of searchable tables)
 * takes, and the rules they share, so `@persona-lab/search` can merge their rows into one order.
 *
 * Text search configuration: `english` everywhere (the stored `search_tsv` columns of migration
 * 1764300017000 and every query): stemming finds "price" for "pricing" and "frustrating" for
 * "frustrated", and stop words drop out of queries. A query and an index must use the same one.
 *
 * Order: rank (`ts_rank_cd(search_tsv, query, 1)`, a `real`) descending, then the reader's kind
 * and then its row key ascending (byte order: `COLLATE "C"`). A reader returns the rows strictly after `after` in that order.
 */
export interface TextSearchWindow {
  /** Only rows of these studies (the caller's readable studies, already checked). */
  studyIds: readonly string[];
  /** The query as the user typed it, read by `websearch_to_tsquery('english', …)`. */
  query: string;
  /** At most this many rows. */
  limit: number;
  /**
   * Keyset: rows ranked below `rank`, or ranked exactly `rank` with a key above `key` (`key`
   * null: none of equal rank; `''`: every row of equal rank). Absent: from the top.
   */
  after?: { rank: number; key: string | null } | null;
}

/** The keyset condition on a subquery `x` with columns `rank` (real) and `key` (text), parameters `$rank`, `$key`. */
export const keysetCondition = (rank: string, key: string) =>
  `(${rank}::real IS NULL OR x.rank < ${rank}::real OR (x.rank = ${rank}::real AND x.key COLLATE "C" > ${key}::text))`;

/** The keyset parameters of a window: [rank or null, key or null]. */
export const keysetParams = (w: TextSearchWindow): [number | null, string | null] => [
  w.after?.rank ?? null,
  w.after ? w.after.key : null,
];

/** `ts_headline` options: hits wrapped in U+E000 … U+E001 (private-use sentinels stripped from the text first). */
export const HEADLINE_START = '\uE000';
export const HEADLINE_STOP = '\uE001';
