import type { NextFunction, Request, Response } from 'express';

/**
 * The public share page (`/share/<token>`): search engines must not index or follow it, and the token
 * in its address must not leak to another site through the Referer header. Set on every answer under
 * /share, whatever serves it (the web app's index.html, or a 404 when no web app is built).
 */
export function shareHeaders(req: Request, res: Response, next: NextFunction): void {
  if (req.path === '/share' || req.path.startsWith('/share/')) {
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.setHeader('Referrer-Policy', 'no-referrer');
  }
  next();
}
