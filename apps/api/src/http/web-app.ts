import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Serves the built Vue app with history fallback: unknown GET paths get index.html. */
export function webAppMiddleware(dir: string) {
  const index = join(dir, 'index.html');
  const statics = express.static(dir, { index: false, maxAge: '1h' });
  return [
    statics,
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(graphql|api|healthz)(\/|$)/.test(req.path) || !existsSync(index)) return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    },
  ];
}
