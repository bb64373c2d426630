import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@persona-lab/errors';

/** Body-parser failures (too large, not JSON) answered in GraphQL's error shape, without internals. */
export function bodyErrorHandler(limit: string) {
  return (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (!err || !err.type) return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const message = tooLarge
      ? `The request is larger than the ${limit} limit. Send a smaller file or split it.`
      : 'The request body is not valid JSON.';
    res.status(tooLarge ? 413 : 400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  };
}
