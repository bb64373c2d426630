import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** What Vite writes under /assets: content-hashed names, so a file at a given URL never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Encoding = 'br' | 'gzip';

interface Served {
  path: string;
  /** The file's extension, for Content-Type (`res.type`). */
  ext: string;
  /** Byte size of each variant on disk (identity always; br and gzip when the build wrote them). */
  sizes: { identity: number; br?: number; gzip?: number };
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encoding to send for an `Accept-Encoding` header: br when the client takes it, else gzip, else
 * none. A q of 0 refuses an encoding; `*` stands for any encoding not named. Splits on commas and
 * semicolons only, so it is linear in the header's length.
 */
export function pickEncoding(header: string | undefined, available: Encoding[]): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    let weight = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k.trim().toLowerCase() === 'q') weight = Number(v) || 0;
    }
    q.set(name.trim().toLowerCase(), weight);
  }
  for (const encoding of ['br', 'gzip'] as const) {
    if (!available.includes(encoding)) continue;
    const weight =
      q.get(encoding) ?? (encoding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*');
    if (weight !== undefined && weight > 0) return encoding;
  }
  return null;
}

function describe(path: string): Served | null {
  if (!existsSync(path)) return null;
  const variant = (suffix: string) =>
    existsSync(path + suffix) ? statSync(path + suffix).size : undefined;
  return {
    path,
    ext: extname(path),
    sizes: { identity: statSync(path).size, br: variant('.br'), gzip: variant('.gz') },
  };
}

/** Every file under `dir/assets` by URL name, with its pre-compressed variants (tools/compress-web.mjs). */
function scanAssets(dir: string): Map<string, Served> {
  const assets = new Map<string, Served>();
  const root = join(dir, 'assets');
  if (!existsSync(root)) return assets;
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(root, sub), { withFileTypes: true })) {
      const name = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        const served = describe(join(root, name));
        if (served) assets.set(name, served);
      }
    }
  };
  walk('');
  return assets;
}

/** Sends one file in the best encoding the client accepts, with `Vary: Accept-Encoding` and an exact Content-Length. */
function send(
  req: Request,
  res: Response,
  next: NextFunction,
  file: Served,
  cacheControl: string,
): void {
  const available = (['br', 'gzip'] as const).filter((e) => file.sizes[e] !== undefined);
  const encoding = pickEncoding(req.headers['accept-encoding'], available);
  const path = encoding ? file.path + SUFFIX[encoding] : file.path;
  res.type(file.ext || 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(encoding ? file.sizes[encoding] : file.sizes.identity));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', (error) => {
    if (res.headersSent) res.destroy(error);
    else next(error);
  });
  stream.pipe(res);
}

/**
 * Serves the built Vue app (dist/web):
 * - `/assets/*`: Vite's content-hashed files, pre-compressed at build time (`.br`, `.gz` beside each),
 *   sent in the encoding the client accepts and cached for a year as immutable. A missing asset is a
 *   404 (never index.html: a stale page asking for an old chunk must see the failure, not HTML as JS).
 * - any other GET that accepts HTML and is not the API: index.html (history fallback), compressed the
 *   same way and `no-cache`, so a new deployment's asset names are picked up at once.
 * - other files at the top of dist/web (favicon …): as they are, cached for an hour.
 */
export function webAppMiddleware(dir: string) {
  const index = join(dir, 'index.html');
  let assets = scanAssets(dir);
  let scannedAt = existsSync(join(dir, 'assets')) ? statSync(join(dir, 'assets')).mtimeMs : 0;
  /** A rebuild while the server runs writes new names: rescan when the assets folder changed. */
  const lookup = (name: string): Served | undefined => {
    const found = assets.get(name);
    if (found && existsSync(found.path)) return found;
    const folder = join(dir, 'assets');
    const mtime = existsSync(folder) ? statSync(folder).mtimeMs : 0;
    if (mtime !== scannedAt) {
      assets = scanAssets(dir);
      scannedAt = mtime;
      return assets.get(name);
    }
    return undefined;
  };
  const statics = express.static(dir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path === index) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  return [
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/'))
        return next();
      let name: string;
      try {
        name = decodeURIComponent(req.path.slice('/assets/'.length));
      } catch {
        name = '';
      }
      const file = name ? lookup(name) : undefined;
      if (!file) {
        res.status(404).setHeader('Cache-Control', 'no-cache');
        res.type('text/plain').send('Not found');
        return;
      }
      send(req, res, next, file, IMMUTABLE);
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (req.path === '/index.html' && (req.method === 'GET' || req.method === 'HEAD'))
        return serveIndex(req, res, next);
      if (/\.(br|gz)$/.test(req.path)) return next();
      statics(req, res, next);
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(graphql|api|healthz)(\/|$)/.test(req.path)) return next();
      if (!req.accepts('html')) return next();
      serveIndex(req, res, next);
    },
  ];

  function serveIndex(req: Request, res: Response, next: NextFunction): void {
    // index.html changes with every build: its sizes are read for each answer (it is small and rare).
    const file = describe(index);
    if (!file) return next();
    send(req, res, next, file, 'no-cache');
  }
}
