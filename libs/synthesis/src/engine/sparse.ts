/**
 * Compressed sparse rows: participants × features. Most features are zero
 * for most participants (one-hot answers, codes, terms), so distances cost
 * O(non-zeros) rather than O(dimensions) — what makes 10k participants cheap.
 */
export interface SparseRows {
  /** Number of rows. */
  n: number;
  /** Number of columns. */
  dim: number;
  /** Row i's entries are at rowPtr[i] ..< rowPtr[i + 1]. */
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  /** Squared L2 norm of each row. */
  sqNorm: Float64Array;
}

/** Builds CSR rows from per-row maps of column → value (zeros dropped, columns sorted). */
export function toSparseRows(rows: Map<number, number>[], dim: number): SparseRows {
  const n = rows.length;
  const rowPtr = new Int32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    for (const v of rows[i].values()) if (v !== 0) nnz++;
    rowPtr[i + 1] = nnz;
  }
  const cols = new Int32Array(nnz);
  const vals = new Float64Array(nnz);
  const sqNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const entries = [...rows[i].entries()].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
    let p = rowPtr[i];
    for (const [c, v] of entries) {
      cols[p] = c;
      vals[p++] = v;
      sqNorm[i] += v * v;
    }
  }
  return { n, dim, rowPtr, cols, vals, sqNorm };
}

/** Dot product of row i with a dense vector stored at `offset` in `dense`. */
export function dotDense(rows: SparseRows, i: number, dense: Float64Array, offset: number): number {
  let s = 0;
  for (let p = rows.rowPtr[i]; p < rows.rowPtr[i + 1]; p++)
    s += rows.vals[p] * dense[offset + rows.cols[p]];
  return s;
}

/** Adds `factor` × row i into a dense vector at `offset`. */
export function addRow(
  rows: SparseRows,
  i: number,
  dense: Float64Array,
  offset: number,
  factor = 1,
): void {
  for (let p = rows.rowPtr[i]; p < rows.rowPtr[i + 1]; p++)
    dense[offset + rows.cols[p]] += factor * rows.vals[p];
}

/** Squared Euclidean distance between row i and a dense vector with known squared norm. */
export function sqDistToDense(
  rows: SparseRows,
  i: number,
  dense: Float64Array,
  offset: number,
  denseSqNorm: number,
): number {
  const d = rows.sqNorm[i] + denseSqNorm - 2 * dotDense(rows, i, dense, offset);
  return d > 0 ? d : 0;
}
