#!/usr/bin/env node
/**
 * Fails when the respondent form downloads too much: the /s/:slug route chunk
 * plus every chunk it imports statically (transitively, the entry included)
 * and their CSS, each gzipped as a server would send it.
 *
 *   npm run build:web && node apps/web/scripts/check-respondent-size.mjs
 *
 * Reads dist/web/.vite/manifest.json (vite.config.ts sets build.manifest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
});
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const total = rows.reduce((sum, r) => sum + r.gzip, 0);

console.log(`Respondent route (${routeKey}) and its static imports:`);
for (const r of rows)
  console.log(
    `  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} raw  ${kb(r.gzip).padStart(9)} gzip`,
  );
console.log(
  `  ${'total'.padEnd(48)} ${kb(rows.reduce((s, r) => s + r.raw, 0)).padStart(10)} raw  ${kb(total).padStart(9)} gzip`,
);

if (total > BUDGET_KB * 1024) {
  console.error(
    `\nThe respondent form downloads ${kb(total)} gzipped, over the ${BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
console.log(`\nOK: ${kb(total)} gzipped, within the ${BUDGET_KB} KB budget.`);
