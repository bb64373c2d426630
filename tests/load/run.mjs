#!/usr/bin/env node
// Persona Lab benchmarks (DESIGN.md, "Performance, scale, faults: the bars").
// Every figure is printed next to a baseline measured in the same run on the same
// machine, as a ratio. Nothing here asserts a time: the exit code is 1 only when
// something breaks (a crash, a lost or duplicated response, a failed run, wrong results).
//
//   node tests/load/run.mjs                      # all: submit results synthesis tokens bundle understand
//   node tests/load/run.mjs submit               # one (or several) by name
//   node tests/load/run.mjs search               # Query.search over 100k answers and 20k turns (p95 target 100 ms)
//   BENCH_SUBMIT_SECONDS=5 node tests/load/run.mjs submit
//   BENCH_SYNTH_SIZES=1000,5000 node tests/load/run.mjs synthesis tokens
//   BENCH_ANALYTICS_EVENTS=10000000 node tests/load/run.mjs analytics  # events CSV streamed, hashed, COPYed, aggregated (default 1M)
//   node tests/load/run.mjs soak                 # 10-minute soak (BENCH_SOAK_SECONDS, default 600)
//   BENCH_SOAK=1 npm run bench                   # all, plus the soak
//
// "soak" (lib/soak.mjs) is left out of "all" (no names, or "all") unless BENCH_SOAK=1:
// it runs for BENCH_SOAK_SECONDS (600) and reports the app's RSS trend under mixed traffic.
//
// Needs the build (npm run build). Talks only to 127.0.0.1: each benchmark starts the
// built API with its own temporary DATA_DIR and embedded PostgreSQL, and stops it after.
import { cpus, totalmem } from 'node:os';
import { loadAverage, stopAll } from './lib/app.mjs';
import { table } from './lib/stats.mjs';

const BENCHES = {
  submit: () => import('./lib/submit.mjs'),
  results: () => import('./lib/results.mjs'),
  synthesis: () => import('./lib/synthesis.mjs'),
  tokens: () => import('./lib/tokens.mjs'),
  bundle: () => import('./lib/bundle.mjs'),
  themes: () => import('./lib/themes.mjs'),
  search: () => import('./lib/search.mjs'),
  understand: () => import('./lib/understand.mjs'),
  analytics: () => import('./lib/analytics.mjs'),
  soak: () => import('./lib/soak.mjs'), // only when named, or with BENCH_SOAK=1
};
const IN_ALL = Object.keys(BENCHES).filter((n) => n !== 'soak' || process.env.BENCH_SOAK === '1');

const args = process.argv.slice(2).filter((a) => a !== 'all');
const unknown = args.filter((a) => !(a in BENCHES));
if (unknown.length || args.includes('--help')) {
  console.error(`usage: node tests/load/run.mjs [${Object.keys(BENCHES).join('|')} ...]`);
  process.exit(unknown.length ? 2 : 0);
}
const selected = args.length ? [...new Set(args)] : IN_ALL;

const ctx = {
  log: (...a) => console.log(...a),
  /** Correctness failures (not performance): any makes the exit code 1. */
  broken: [],
  /** State benchmarks share when run together (e.g. the synthesis corpus), with their clean-ups. */
  shared: {},
  cleanups: [],
};

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${signal}: stopping the apps this run started…`);
    for (const c of ctx.cleanups.splice(0).reverse()) await c().catch(() => undefined);
    await stopAll();
    process.exit(130);
  });
}

const t0 = Date.now();
const loadStart = loadAverage();
console.log(`Persona Lab benchmarks: ${selected.join(', ')}`);
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load avg ${loadStart}\n`,
);

const runCleanups = async () => {
  for (const c of ctx.cleanups.splice(0).reverse())
    await c().catch((e) => console.error(`clean-up failed: ${e}`));
  ctx.shared = {};
};
const SHARING = ['synthesis', 'tokens']; // share one app and corpus (lib/synthesis-corpus.mjs)

const rows = [];
for (const [index, name] of selected.entries()) {
  const started = Date.now();
  console.log(`── ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}`);
  try {
    const mod = await BENCHES[name]();
    rows.push(...(await mod.run(ctx)));
  } catch (error) {
    console.error(`${name} broke: ${error?.stack ?? error}`);
    ctx.broken.push(`${name}: ${error?.message ?? error}`);
    rows.push([name, 'ERROR', '—', '—', '—', 'BROKEN']);
  }
  // Stop shared apps as soon as no later benchmark needs them.
  if (!selected.slice(index + 1).some((n) => SHARING.includes(n))) await runCleanups();
  console.log(
    `   (${name} took ${((Date.now() - started) / 1000).toFixed(0)} s; load avg ${loadAverage()})\n`,
  );
}
await runCleanups();
await stopAll();

console.log(
  `Summary (load avg at start ${loadStart}, at end ${loadAverage()}; ${cpus().length} cores shared with other work; total ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
);
console.log(table(['benchmark', 'figure', 'baseline', 'ratio', 'target', 'met?'], rows));
if (ctx.broken.length) {
  console.log(`\nBroken:\n${ctx.broken.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(1);
}
