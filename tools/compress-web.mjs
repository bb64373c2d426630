// Pre-compresses the built web app for the API's static server (apps/api/src/http/web-app.ts): next to
// each compressible file of dist/web it writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip,
// level 9), each only when it is smaller than the file. Run after `vite build` by `npm run build:web`.
//
//   node tools/compress-web.mjs [dir]     (default: dist/web)
//
// Node's zlib rather than a Vite plugin: no dependency, the maximum brotli quality (too slow to do per
// request, free at build time), and the same step works on any directory (the integration spec runs it).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map|wasm|webmanifest|ico)$/i;
/** Below this, the headers of a compressed answer outweigh the saving. */
const MIN_BYTES = 256;

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, 'dist/web'));

const files = [];
(function walk(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const path = join(d, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(br|gz)$/.test(entry.name))
      rmSync(path); // a variant left by an earlier build
    else if (COMPRESSIBLE.test(entry.name) && statSync(path).size >= MIN_BYTES) files.push(path);
  }
})(dir);

let raw = 0;
let br = 0;
let gz = 0;
for (const path of files) {
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: /\.(woff2?|wasm)$/i.test(path)
        ? constants.BROTLI_MODE_GENERIC
        : constants.BROTLI_MODE_TEXT,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  raw += bytes.length;
  if (brotli.length < bytes.length) {
    writeFileSync(`${path}.br`, brotli);
    br += brotli.length;
  } else br += bytes.length;
  if (gzip.length < bytes.length) {
    writeFileSync(`${path}.gz`, gzip);
    gz += gzip.length;
  } else gz += bytes.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `compress-web: ${files.length} files in ${relative(process.cwd(), dir) || '.'}: ${kb(raw)} → ${kb(br)} brotli, ${kb(gz)} gzip`,
);
