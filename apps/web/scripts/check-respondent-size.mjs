#!/usr/bin/env node
/**
 * Fails when the respondent form downloads too much: the /s/:slug route chunk
 * plus every chunk it imports statically (transitively, the entry included)
 * and their CSS, measured as served: each file is fetched from the API's own
 * static server (apps/api/src/http/web-app.ts, on dist/web) with the
 * `Accept-Encoding: gzip, br` a browser sends, and the bytes received counted.
 *
 *   npm run build:web && node apps/web/scripts/check-respondent-size.mjs
 *
 * Reads dist/web/.vite/manifest.json (vite.config.ts sets build.manifest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createJiti } from 'jiti';

const BUDGET_KB = 60;
const ROUTE_SOURCE = 'src/features/respondent/pages/RespondentPage.vue';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}. Run \`npm run build:web\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const routeKey = Object.keys(manifest).find(
  (key) => key === ROUTE_SOURCE || manifest[key].src === ROUTE_SOURCE,
);
if (!routeKey) {
  console.error(`The manifest has no chunk for ${ROUTE_SOURCE}; is the route still lazy?`);
  process.exit(1);
}
if (!manifest[routeKey].isDynamicEntry) {
  console.error(
    `${ROUTE_SOURCE} is no longer a lazy chunk of its own; keep the route's \`() => import(...)\`.`,
  );
  process.exit(1);
}

// The route chunk, then everything it imports statically, depth first.
const chunks = [];
const seen = new Set();
(function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The manifest names ${key} but has no entry for it.`);
  chunks.push({ key, chunk });
  for (const imported of chunk.imports ?? []) visit(imported);
})(routeKey);

const files = [...new Set(chunks.flatMap(({ chunk }) => [chunk.file, ...(chunk.css ?? [])]))];

// The server the app runs in production, on dist/web.
const jiti = createJiti(import.meta.url);
const { webAppMiddleware } = await jiti.import(
  fileURLToPath(new URL('../../api/src/http/web-app.ts', import.meta.url)),
);
const server = express()
  .use(...webAppMiddleware(dist))
  .listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();

/** The bytes a browser receives for `file` (not decoded), and the encoding it was sent in. */
const served = (file) =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/${file}`, headers: { 'accept-encoding': 'gzip, br' } },
      (res) => {
        let bytes = 0;
        res.on('data', (c) => (bytes += c.length));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' })
            : reject(new Error(`GET /${file} answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

const rows = [];
try {
  for (const file of files) {
    const { bytes, encoding } = await served(file);
    rows.push({ file, raw: readFileSync(join(dist, file)).length, served: bytes, encoding });
  }
} finally {
  server.close();
}
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const total = rows.reduce((sum, r) => sum + r.served, 0);

console.log(`Respondent route (${routeKey}) and its static imports:`);
for (const r of rows)
  console.log(
    `  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} raw  ${kb(r.served).padStart(9)} served (${r.encoding})`,
  );
console.log(
  `  ${'total'.padEnd(48)} ${kb(rows.reduce((s, r) => s + r.raw, 0)).padStart(10)} raw  ${kb(total).padStart(9)} served`,
);

if (total > BUDGET_KB * 1024) {
  console.error(
    `\nThe respondent form downloads ${kb(total)} as served (Accept-Encoding: gzip, br), over the ${BUDGET_KB} KB budget.${rows.some((r) => r.encoding === 'identity') ? ' Some files went uncompressed: did npm run build:web run tools/compress-web.mjs?' : ''}`,
  );
  process.exit(1);
}
console.log(`\nOK: ${kb(total)} as served, within the ${BUDGET_KB} KB budget.`);
