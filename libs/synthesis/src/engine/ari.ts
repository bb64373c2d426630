/** Adjusted Rand index of two labelings of the same items: 1 identical, about 0 for chance. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error('adjustedRandIndex: labelings differ in length');
  const n = a.length;
  const table = new Map<string, number>();
  const rowSum = new Map<number, number>();
  const colSum = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSum.set(a[i], (rowSum.get(a[i]) ?? 0) + 1);
    colSum.set(b[i], (colSum.get(b[i]) ?? 0) + 1);
  }
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const sumCells = [...table.values()].reduce((acc, x) => acc + pairs(x), 0);
  const sumRows = [...rowSum.values()].reduce((acc, x) => acc + pairs(x), 0);
  const sumCols = [...colSum.values()].reduce((acc, x) => acc + pairs(x), 0);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  // Both labelings put everything in one cluster (or every item alone): identical.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}
