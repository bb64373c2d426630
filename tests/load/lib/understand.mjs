// Benchmark "understand": question understanding (persona field + sensitive flag) of a 60-column
// export, in a child process so the first run is truly cold (the sentence-encoder model loads
// once per process; the labelled prototypes' vectors are stored, see prototype-vectors.ts). Runs the TypeScript sources with jiti, in
// process, no app or database. Figures: cold understandQuestions, warm (new wordings, model and
// prototypes loaded), and a whole previewSurveyCsv of 60 columns × 2,000 rows; the bar is 2 s.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './app.mjs';
import { fmt } from './stats.mjs';

const BUDGET_MS = 2000;
const COLUMNS = 60;
const ROWS = 2000;

// Wordings not in the labelled set: templates × subjects, plus a few only the encoder decides.
const SUBJECTS = ['the dashboard', 'our checkout', 'the mobile app', 'the public API', 'the online course', 'the car-sharing service', 'the meal planner', 'the patient portal', 'the payroll tool', 'the budgeting app'];
const TEMPLATES = [
  (s) => `How often do you open ${s}?`,
  (s) => `What frustrates you most about ${s}?`,
  (s) => `Why did you start using ${s}?`,
  (s) => `What would you add to ${s} if you could?`,
  (s) => `How satisfied are you with ${s}?`,
  (s) => `Tell us about the last time you used ${s}.`,
];

/** 60 question texts, varied, deterministic. `salt` makes a second set for the warm run. */
export function wordings(salt = '') {
  const out = [];
  for (let i = 0; out.length < COLUMNS - 4; i++) out.push(TEMPLATES[i % TEMPLATES.length](SUBJECTS[Math.floor(i / TEMPLATES.length) % SUBJECTS.length]) + salt);
  return [...out, `What is your gender?${salt}`, `In which country do you live?${salt}`, `Email address${salt}`, `How many people are in your team?${salt}`];
}

/** A CSV of 60 columns × ROWS rows with plausible cells. */
function csvOf(headers) {
  const quote = (v) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [headers.map(quote).join(',')];
  for (let r = 0; r < ROWS; r++) {
    lines.push(
      headers
        .map((h, c) => {
          if (/email/i.test(h)) return `person${r}@example.com`;
          if (/gender/i.test(h)) return ['Female', 'Male', 'Non-binary'][r % 3];
          if (/satisfied/i.test(h)) return String(1 + ((r + c) % 5));
          if (/how often/i.test(h)) return ['Daily', 'Weekly', 'Monthly'][(r + c) % 3];
          return quote(`Answer ${r % 37} about column ${c}, with some words to read`);
        })
        .join(','),
    );
  }
  return lines.join('\n');
}

// The child: loads the TypeScript modules with jiti (tsconfig paths as aliases), times the three
// figures and prints them as JSON on its last line.
const CHILD = `
import { createJiti } from 'jiti';
import { performance } from 'node:perf_hooks';
const [root, aliasJson] = process.argv.slice(1); // node -e: no script path in argv
let payload = '';
for await (const chunk of process.stdin) payload += chunk;
const jiti = createJiti(root + '/', { alias: JSON.parse(aliasJson) });
const { understandQuestions } = await jiti.import(root + '/libs/surveys/src/understanding/index.ts');
const { previewSurveyCsv } = await jiti.import(root + '/libs/surveys/src/import/index.ts');
const { cold, warm, csv } = JSON.parse(payload);
const ev = (titles) => titles.map((title) => ({ title, type: 'SHORT_TEXT' }));
// CPU time of this process (all threads) holds up better than wall time on a busy machine.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = performance.now();
let c = cpu();
const first = await understandQuestions(ev(cold));
const coldMs = performance.now() - t;
const coldCpuMs = cpu() - c;
t = performance.now();
c = cpu();
await understandQuestions(ev(warm));
const warmMs = performance.now() - t;
const warmCpuMs = cpu() - c;
t = performance.now();
const preview = await previewSurveyCsv(csv);
const previewMs = performance.now() - t;
const byField = {};
for (const u of first) byField[u.personaField] = (byField[u.personaField] ?? 0) + 1;
console.log(JSON.stringify({ coldMs, coldCpuMs, warmMs, warmCpuMs, previewMs, columns: preview.columns.length, byField, sensitive: first.filter((u) => u.sensitive).length }));
`;

export async function run({ log }) {
  const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
  const alias = Object.fromEntries(Object.entries(paths).map(([k, [v]]) => [k, join(root, v)]));
  const payload = JSON.stringify({ cold: wordings(), warm: wordings(' (again)'), csv: csvOf(wordings(' [csv]')) });
  // The CSV is megabytes: it goes in on stdin, not as an argument.
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, root, JSON.stringify(alias)], {
    cwd: root,
    input: payload,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`understand child failed: ${String(out.error ?? out.stderr ?? out.stdout).slice(-2000)}`);
  const r = JSON.parse(out.stdout.trim().split('\n').pop());
  log(`  ${COLUMNS} questions → ${JSON.stringify(r.byField)}, ${r.sensitive} sensitive`);
  log(`  CPU: cold ${fmt(r.coldCpuMs, 0)} ms, warm ${fmt(r.warmCpuMs, 0)} ms`);
  log(`  cold ${fmt(r.coldMs, 0)} ms (encoder model load), warm ${fmt(r.warmMs, 0)} ms, previewSurveyCsv ${COLUMNS}×${ROWS} ${fmt(r.previewMs, 0)} ms`);
  const row = (name, ms) => [name, `${fmt(ms, 0)} ms`, `${BUDGET_MS} ms`, fmt(ms / BUDGET_MS), '≤ 1.00', ms <= BUDGET_MS ? 'yes' : 'NO'];
  return [
    row(`understand ${COLUMNS} columns, cold`, r.coldMs),
    row(`understand ${COLUMNS} columns, warm`, r.warmMs),
    // The whole preview (reading, typing and building every column too): reported, no bar.
    [`previewSurveyCsv ${COLUMNS}×${ROWS}`, `${fmt(r.previewMs, 0)} ms`, '—', '—', '—', '—'],
  ];
}

// `node tests/load/lib/understand.mjs` runs it alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await run({ log: console.log });
  for (const r of rows) console.log(r.join('  |  '));
}
