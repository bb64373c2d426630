// Small statistics and formatting helpers.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** fixed-point number, or "n/a" for anything not finite. */
export const fmt = (x, digits = 2) =>
  typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a';

export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN);

/** Runs `fn` `runs` times (after `warm` untimed runs) and returns the median of the ms it reports. */
export async function medianOf(runs, warm, fn) {
  for (let i = 0; i < warm; i++) await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) ms.push(await fn());
  return { median: median(ms), all: ms };
}

/** Renders rows (arrays of cells) as a plain-text table with a header. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(all[0]), sep, ...all.slice(1).map(line)].join('\n');
}

export const mb = (kb) => kb / 1024;
