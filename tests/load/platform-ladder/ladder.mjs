// The platform ladder: how much of submitResponse's cost is the HTTP/GraphQL platform and how much
// is Nest, measured rung by rung against the bare baseline in the same run. Every rung does the
// same database work as the app (its group-commit statement into the real `response` table, see
// submit-sql.cjs), under the submit benchmark's load (64 connections, lib/load.mjs).
//
//   baseline             lib/baseline-server.mjs: node:http + pg, one INSERT per request
//   mercurius            Fastify + Mercurius + graphql-jit, no Nest
//   nest-fastify-nopipe  the same resolver in Nest (@nestjs/mercurius, jit) with a global guard
//   nest-fastify         … and a global ValidationPipe over class-validator inputs
//   nest-express         the same Nest module on Express + @nestjs/apollo (the app's platform)
//   nest-fastify-apollo  … on Fastify + @nestjs/apollo (@as-integrations/fastify): the HTTP platform alone
//   nest-express-yoga    … on Express + @graphql-yoga/nestjs with @envelop/graphql-jit: the GraphQL server alone
//   app                  the built app (npm run build first): everything it really does
// The default order measures the baseline first and last, to show how far the machine drifted.
//
// Usage: node tests/load/platform-ladder/ladder.mjs [rung,rung,…]   (LADDER_SECONDS, default 12)
// Fastify, Mercurius and their Nest packages are not the app's dependencies: the first run installs
// them, at pinned versions and with the app's own versions of what they share, into a folder under
// the system's temporary directory (npm registry only), and reuses it afterwards.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, sleep, startApp } from '../lib/app.mjs';
import { QUESTIONS } from '../lib/corpus.mjs';
import { createStudy, publishedSurvey, researcher } from '../lib/gql.mjs';
import { startBaseline, startServerOnDb, submitLoad } from '../lib/load.mjs';
import { cpuMs, postgresCpuMs } from '../lib/proc.mjs';
import { fmt, ratio } from '../lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.LADDER_SECONDS ?? 12);
const RUNGS = (
  process.argv[2] ?? 'baseline,app,mercurius,nest-fastify-nopipe,nest-fastify,nest-express,baseline'
).split(',');

/** Packages the rungs need beyond the app's: pinned here. */
const EXTRA = {
  fastify: '5.12.8',
  mercurius: '16.10.1',
  '@nestjs/mercurius': '13.4.5',
  '@nestjs/platform-fastify': '11.2.8',
  '@as-integrations/fastify': '3.1.0',
  '@graphql-yoga/nestjs': '3.25.1',
  'graphql-yoga': '5.24.1',
  '@envelop/core': '5.6.1',
  '@envelop/graphql-jit': '11.2.1',
};
/** Packages the app has too: the app's installed versions. */
const SHARED = [
  '@nestjs/core',
  '@nestjs/common',
  '@nestjs/graphql',
  '@nestjs/apollo',
  '@nestjs/platform-express',
  '@apollo/server',
  '@as-integrations/express5',
  'graphql',
  'graphql-scalars',
  'class-validator',
  'class-transformer',
  'pg',
  'reflect-metadata',
  'rxjs',
];

function packages() {
  const deps = { ...EXTRA };
  for (const p of SHARED)
    deps[p] = JSON.parse(
      readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8'),
    ).version;
  const dir = join(tmpdir(), 'persona-lab-platform-ladder');
  const manifest = JSON.stringify(
    { name: 'platform-ladder', private: true, dependencies: deps },
    null,
    2,
  );
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'package.json');
  if (
    !existsSync(path) ||
    readFileSync(path, 'utf8') !== manifest ||
    !existsSync(join(dir, 'node_modules'))
  ) {
    writeFileSync(path, manifest);
    console.log(`installing the ladder's packages into ${dir} …`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  for (const f of ['submit-sql.cjs', 'mercurius-server.mjs'])
    copyFileSync(join(here, f), join(dir, f));
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const out = ts.transpileModule(readFileSync(join(here, 'nest-server.ts'), 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
    },
  });
  writeFileSync(join(dir, 'nest-server.cjs'), out.outputText);
  return dir;
}

/** The app's group-commit statement, read once from its source so that every rung runs exactly it. */
let submitSql;
function appSubmitSql() {
  if (submitSql) return submitSql;
  const source = readFileSync(
    join(here, '../../../libs/surveys/src/data/response.repository.ts'),
    'utf8',
  );
  const sql = /const PLAIN_BATCH_SQL = `([^`]+)`/.exec(source)?.[1];
  if (!sql)
    throw new Error('PLAIN_BATCH_SQL not found in libs/surveys/src/data/response.repository.ts');
  submitSql = sql;
  return sql;
}

async function startRung(app, dir, rung) {
  if (rung === 'baseline') return startBaseline(app);
  const file = rung === 'mercurius' ? 'mercurius-server.mjs' : 'nest-server.cjs';
  return startServerOnDb(app, join(dir, file), rung, {
    cwd: dir,
    env: { NODE_ENV: 'production', LADDER_RUNG: rung, LADDER_SUBMIT_SQL: appSubmitSql() },
  });
}

async function measure(app, target, slug, prefix) {
  const acked = new Set();
  await submitLoad({
    url: target.url,
    slug,
    prefix: `${prefix}-warm`,
    seconds: 3,
    connections: 64,
    acked,
  });
  await sleep(1200);
  const node0 = cpuMs(target.pid);
  const pg0 = postgresCpuMs(app);
  const m = await submitLoad({
    url: target.url,
    slug,
    prefix,
    seconds: SECONDS,
    connections: 64,
    acked,
  });
  const serverMs = (cpuMs(target.pid) - node0) / m.total;
  await sleep(1200);
  return { ...m, serverMs, pgMs: (postgresCpuMs(app) - pg0) / m.total };
}

const dir = packages();
const app = await startApp({ label: 'ladder' });
try {
  const who = await researcher(app);
  const survey = await publishedSurvey(
    app,
    who,
    await createStudy(app, who, 'Ladder'),
    'Ladder',
    QUESTIONS,
  );
  console.log(
    `| rung | req/s | × baseline | p99 ms | server CPU ms/request | PostgreSQL CPU ms/request | non-2xx |`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  let base;
  for (const [i, rung] of RUNGS.entries()) {
    const target = rung === 'app' ? app : await startRung(app, dir, rung);
    try {
      const m = await measure(app, target, survey.slug, `${rung}-${i}`);
      base ??= rung === 'baseline' ? m.rps : undefined;
      console.log(
        `| ${rung} | ${fmt(m.rps, 0)} | ${base ? fmt(ratio(m.rps, base)) : '—'} | ${m.p99} | ${fmt(m.serverMs, 3)} | ${fmt(m.pgMs, 3)} | ${m.non2xx} |`,
      );
    } finally {
      if (rung !== 'app') await target.stop();
    }
  }
} finally {
  await app.stop();
}
