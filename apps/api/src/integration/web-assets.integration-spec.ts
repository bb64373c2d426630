import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app';
import { pickEncoding } from '../http/web-app';

// Issue 14, "Serving": the web app's files were sent uncompressed (the respondent form's JavaScript was
// 139.5 KB as served to a phone sending `Accept-Encoding: gzip, br`). A built dist/web is made here,
// pre-compressed by the build's own step (tools/compress-web.mjs), and served by the real app.

const ROOT = resolve(__dirname, '../../../..');
const JS = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i % 37} of the form`))};\n`;
const CSS = `${Array.from({ length: 80 }, (_, i) => `.c${i} { color: #${(i * 7919).toString(16).padStart(6, '0').slice(0, 6)}; margin: ${i}px; }`).join('\n')}\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Bq3xYz9a.js"></script><link rel="stylesheet" href="/assets/index-D4f5g6h7.css"></head><body><div id="app"></div>${'<!-- padding -->'.repeat(40)}</body></html>`;

let dir: string;
let t: TestApp;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers; the body as received, not decoded (fetch would decode it). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      new URL(path, t.url.replace('[::1]', '127.0.0.1')),
      { method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: Raw): Buffer =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets/index-Bq3xYz9a.js'), JS);
  writeFileSync(join(dir, 'assets/index-D4f5g6h7.css'), CSS);
  writeFileSync(join(dir, 'assets/tiny-A1b2C3d4.js'), 'export {};\n'); // too small to compress
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const out = spawnSync(process.execPath, [join(ROOT, 'tools/compress-web.mjs'), dir], {
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  t = await createTestApp({ WEB_DIST: dir });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hashed assets', () => {
  it('sends brotli to a browser (gzip, br), gzip to a gzip-only client, identity otherwise: the same bytes', async () => {
    const cases = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['identity', undefined],
      ['*;q=0, identity', undefined],
      [undefined, undefined],
    ] as const;
    for (const [accept, expected] of cases) {
      const r = await get('/assets/index-Bq3xYz9a.js', accept ? { 'accept-encoding': accept } : {});
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding'], String(accept)).toBe(expected);
      expect(r.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/);
      expect(r.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(decode(r).toString('utf8')).toBe(JS);
      if (expected) expect(r.body.length).toBeLessThan(Buffer.byteLength(JS) / 3);
    }
  });

  it('serves CSS with its own type, and HEAD with the length and no body', async () => {
    const css = await get('/assets/index-D4f5g6h7.css', { 'accept-encoding': 'gzip, br' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(decode(css).toString('utf8')).toBe(CSS);
    const head = await get('/assets/index-D4f5g6h7.css', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(
      readFileSync(join(dir, 'assets/index-D4f5g6h7.css.gz')).length,
    );
  });

  it('sends a file too small to compress as it is, still cached and varied', async () => {
    const r = await get('/assets/tiny-A1b2C3d4.js', { 'accept-encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe('export {};\n');
    expect(r.headers['cache-control']).toMatch(/immutable/);
  });

  it('answers 404 for a missing asset, not index.html, and never serves the .br or .gz files by name', async () => {
    for (const path of [
      '/assets/index-OLDHASH1.js',
      '/assets/index-Bq3xYz9a.js.br',
      '/assets/..%2Findex.html',
      '/assets/%E0%A4%A',
    ]) {
      const r = await get(path, { accept: 'text/html,*/*', 'accept-encoding': 'gzip, br' });
      expect(r.status, path).toBe(404);
      expect(r.body.toString()).not.toContain('<div id="app">');
      expect(r.headers['cache-control']).not.toMatch(/immutable/);
    }
  });
});

describe('index.html', () => {
  it('is never cached, compressed when accepted, for / and for history-fallback routes', async () => {
    for (const path of ['/', '/s/some-survey', '/index.html']) {
      const r = await get(path, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe('no-cache');
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['content-encoding']).toBe('br');
      expect(decode(r).toString('utf8')).toBe(INDEX);
    }
    const plain = await get('/', { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(INDEX);
  });

  it('leaves the API alone', async () => {
    const r = await get('/healthz', { accept: 'text/html' });
    expect(r.body.toString()).not.toContain('<div id="app">');
  });
});

describe('pickEncoding', () => {
  it('prefers br, honours q=0 and *, and is linear on a long header', () => {
    expect(pickEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(pickEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(pickEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(pickEncoding('br;q=0, *;q=0.1', ['br', 'gzip'])).toBe('gzip');
    expect(pickEncoding('deflate', ['br', 'gzip'])).toBeNull();
    expect(pickEncoding(undefined, ['br', 'gzip'])).toBeNull();
    const started = performance.now();
    pickEncoding(`${'x;q=1;'.repeat(20_000)}, ${' ,'.repeat(20_000)}`, ['br', 'gzip']);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
