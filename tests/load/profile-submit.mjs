// Profiles the app under the submit load: starts it with --cpu-prof, runs 64 connections for
// BENCH_SUBMIT_SECONDS (10), stops it, and prints self time by package and the top functions.
// Usage: node tests/load/profile-submit.mjs   (needs `npm run build` first)
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './lib/app.mjs';
import { QUESTIONS } from './lib/corpus.mjs';
import { createStudy, publishedSurvey, researcher } from './lib/gql.mjs';
import { submitLoad } from './lib/load.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pl-prof-'));
const app = await startApp({ label: 'prof', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
const who = await researcher(app);
const studyId = await createStudy(app, who, 'Profile');
const survey = await publishedSurvey(app, who, studyId, 'Profile', QUESTIONS);
const xacts = async () => Number((await app.pool.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()')).rows[0].xact_commit);
const x0 = await xacts();
const t0 = process.hrtime.bigint() / 1000n;
const m = await submitLoad({ url: app.url, slug: survey.slug, prefix: 'p', seconds: Number(process.env.BENCH_SUBMIT_SECONDS ?? 10), connections: 64, acked: new Set() });
const t1 = process.hrtime.bigint() / 1000n;
const x1 = await xacts();
console.log(`${m.rps.toFixed(0)} req/s, ${((x1 - x0) / m.total).toFixed(3)} database transactions per request, p99 ${m.p99} ms, ${m.total} requests, ${m.non2xx} non-2xx`);
await app.stop().catch(() => undefined);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
console.log(`profile: ${join(dir, file ?? "")} window ${t0} ${t1}`);
if (!file) throw new Error('no profile written');
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
let t = prof.startTime;
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const callers = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  t += dt[i] ?? 0;
  if (t < Number(t0) || t > Number(t1)) continue;
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  const n = byId.get(prof.samples[i]);
  if (n.callFrame.functionName === 'writev') {
    const chain = [];
    let p = parent.get(n.id);
    for (let k = 0; k < 8 && p; k++) { const pn = byId.get(p); chain.push(`${pn.callFrame.functionName}@${pn.callFrame.url.split('/').slice(-2).join('/')}`); p = parent.get(p); }
    const key = chain.join(' < ');
    callers.set(key, (callers.get(key) ?? 0) + (dt[i] ?? 0));
  }
}
const byPkg = new Map();
const byFn = new Map();
let total = 0;
for (const [id, us] of self) {
  const n = byId.get(id);
  const url = n.callFrame.url || '(native)';
  const pkg = url.includes('node_modules/') ? url.split('node_modules/').pop().split('/').slice(0, url.split('node_modules/').pop().startsWith('@') ? 2 : 1).join('/') : url.includes('/dist/') ? 'app:' + url.split('/dist/')[1].split('/').slice(0, 3).join('/') : url.startsWith('node:') ? 'node-core' : n.callFrame.functionName || url;
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
  const fk = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  byFn.set(fk, (byFn.get(fk) ?? 0) + us);
  total += us;
}
const idle = [...byPkg].filter(([k]) => k === '(idle)').reduce((a, [, v]) => a + v, 0);
console.log(`busy ${(total - idle) / 1000 | 0} ms of ${total / 1000 | 0} ms; per request ${((total - idle) / 1000 / m.total).toFixed(3)} ms`);
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
console.log('--- top functions');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
console.log('--- writev callers');
for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
