// Benchmark "synthesis": offline persona synthesis at 1k, 5k and 10k respondents (+ 50
// transcripts each), timed from startSynthesis to SUCCEEDED, with peak memory. The baseline
// for linearity is the smallest run: seconds per 1k respondents, and t(10k)/t(1k) ÷ 10.
import { fmt, ratio } from './stats.mjs';
import { getCorpus, runSynthesis } from './synthesis-corpus.mjs';

const GIB = 1024; // MiB

export async function run(ctx) {
  const { log, broken } = ctx;
  log('synthesis (offline): building the corpus…');
  const corpus = await getCorpus(ctx);
  const runs = [];
  for (const { size, studyId } of corpus.studies) {
    const r = await runSynthesis(corpus, studyId, 'offline');
    runs.push({ size, ...r });
    const q = r.quality;
    log(
      `  ${String(size).padStart(6)} respondents: ${r.status} in ${fmt(r.seconds, 1)} s (${fmt((r.seconds / size) * 1000, 2)} s per 1k; ` +
        `server-side ${fmt(r.serverSeconds, 1)} s; CPU app ${fmt(r.cpu.appS, 1)} s + PostgreSQL ${fmt(r.cpu.pgS, 1)} s), ` +
        `${r.personas?.length ?? 0} personas, app peak RSS ${fmt(r.mem.appMiB, 0)} MiB, PostgreSQL RSS ${fmt(r.mem.pgRssMiB, 0)} MiB (PSS ${fmt(r.mem.pgPssMiB, 0)} MiB), ` +
        `slowest /healthz while running ${fmt(r.maxHealthMs / 1000, 1)} s; load avg ${r.load}`,
    );
    if (q)
      log(
        `  ${''.padStart(6)}  quality: silhouette ${fmt(q.silhouette)}, stability ${fmt(q.stability)}, evidence coverage ${fmt(q.evidenceCoverage)}, faithfulness ${fmt(q.faithfulness)}`,
      );
    if (r.status !== 'SUCCEEDED')
      broken.push(`synthesis ${size}: ${r.status} ${r.error ?? ''}`.trim());
    else if (q && q.faithfulness < 1)
      broken.push(`synthesis ${size}: faithfulness ${q.faithfulness} < 1`);
  }
  const ok = runs.filter((r) => r.status === 'SUCCEEDED');
  const small = ok[0];
  const big = ok[ok.length - 1];
  const rows = [];
  // Marginal cost per 1k respondents between consecutive sizes: flat when growth is linear.
  for (let i = 1; i < ok.length; i++) {
    const [a, b] = [ok[i - 1], ok[i]];
    const per1k = (x, y) => ((y - x) / (b.size - a.size)) * 1000;
    log(
      `  marginal ${a.size}→${b.size}: ${fmt(per1k(a.seconds, b.seconds), 2)} s per extra 1k wall-clock, ${fmt(per1k(a.cpu.appS, b.cpu.appS), 2)} s app CPU`,
    );
  }
  if (small && big && big !== small) {
    const growth = ratio(big.seconds / small.seconds, big.size / small.size);
    rows.push([
      `synthesis linearity ${big.size / 1000}k/${small.size / 1000}k`,
      `${fmt((big.seconds / big.size) * 1000, 2)} s/1k`,
      `${fmt((small.seconds / small.size) * 1000, 2)} s/1k`,
      fmt(growth),
      '≈ 1 (linear)',
      growth <= 1.5 ? 'yes' : 'NO',
    ]);
    const cpuGrowth = ratio(big.cpu.appS / small.cpu.appS, big.size / small.size);
    rows.push([
      `synthesis app-CPU linearity ${big.size / 1000}k/${small.size / 1000}k`,
      `${fmt((big.cpu.appS / big.size) * 1000, 2)} s/1k`,
      `${fmt((small.cpu.appS / small.size) * 1000, 2)} s/1k`,
      fmt(cpuGrowth),
      '≈ 1 (linear)',
      cpuGrowth <= 1.5 ? 'yes' : 'NO',
    ]);
  }
  if (big) {
    rows.push([
      `synthesis ${big.size / 1000}k time`,
      `${fmt(big.seconds, 1)} s`,
      '60 s bar',
      fmt(big.seconds / 60),
      '≤ 1.00',
      big.seconds <= 60 ? 'yes' : 'NO',
    ]);
    rows.push([
      `synthesis ${big.size / 1000}k CPU (app+pg)`,
      `${fmt(big.cpu.appS + big.cpu.pgS, 1)} s`,
      '60 s bar',
      fmt((big.cpu.appS + big.cpu.pgS) / 60),
      '≤ 1.00',
      big.cpu.appS + big.cpu.pgS <= 60 ? 'yes' : 'NO',
    ]);
    rows.push([
      `synthesis ${big.size / 1000}k app RSS`,
      `${fmt(big.mem.appMiB, 0)} MiB`,
      '1 GiB bar',
      fmt(big.mem.appMiB / GIB),
      '≤ 1.00',
      big.mem.appMiB <= GIB ? 'yes' : 'NO',
    ]);
    rows.push([
      `synthesis ${big.size / 1000}k PostgreSQL`,
      `${fmt(big.mem.pgPssMiB, 0)} MiB PSS`,
      `${fmt(big.mem.pgRssMiB, 0)} MiB RSS`,
      '—',
      '(info)',
      '—',
    ]);
    rows.push([
      `synthesis ${big.size / 1000}k API stall`,
      `${fmt(big.maxHealthMs / 1000, 1)} s`,
      `${fmt(big.seconds, 1)} s run`,
      fmt(ratio(big.maxHealthMs / 1000, big.seconds)),
      '(info) ≪ 1',
      '—',
    ]);
  }
  for (const r of runs.filter((x) => x.status !== 'SUCCEEDED'))
    rows.push([`synthesis ${r.size}`, r.status, '—', '—', 'SUCCEEDED', 'BROKEN']);
  return rows;
}
