import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@persona-lab/errors';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store is refused at the door, with a sentence, instead of failing deep inside. */
export class UnstorableTextError extends Error {}

function checkText(value: string): void {
  if (value.includes('\u0000')) throw new UnstorableTextError('Text cannot contain NUL characters (\\u0000). Remove them and try again.');
  if (LONE_SURROGATE.test(value)) throw new UnstorableTextError('Text contains a broken character (a lone UTF-16 surrogate). Remove it and try again.');
}

const NEEDS_TEXT_CHECK = Symbol('needsTextCheck');
const ESCAPE = Buffer.from('\\u');

/**
 * body-parser `verify` hook. In UTF-8 JSON text a NUL character or a lone surrogate can only arrive
 * as a `\\u` escape (raw control characters are a syntax error, invalid UTF-8 decodes to U+FFFD), so only
 * bodies with an escape, or in another encoding, need their strings checked — most requests skip the walk.
 */
export function flagEscapedText(req: Request, _res: unknown, buf: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8' || buf.includes(ESCAPE)) (req as unknown as Record<symbol, boolean>)[NEEDS_TEXT_CHECK] = true;
}

/** After the JSON parser: refuses NUL characters and lone surrogates in any key or string of a flagged body. */
export function rejectUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  if (!(req as unknown as Record<symbol, boolean>)[NEEDS_TEXT_CHECK]) return next();
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: unknown[] = [req.body];
  try {
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value === 'string') checkText(value);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          checkText(k);
          stack.push(v);
        }
      }
    }
  } catch (error) {
    return next(Object.assign(error as Error, { type: 'entity.verify.failed' }));
  }
  next();
}

/** Body-parser failures (too large, not JSON, unstorable text) answered in GraphQL's error shape, without internals. */
export function bodyErrorHandler(limit: string) {
  return (err: { type?: string; status?: number; message?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!err || !err.type) return next(err);
    const tooLarge = err.type === 'entity.too.large';
    // body-parser passes the reviver's own error object through, so its class identifies it.
    const unstorable = err instanceof UnstorableTextError;
    const message = tooLarge
      ? `The request is larger than the ${limit} limit. Send a smaller file or split it.`
      : unstorable
        ? err.message!
        : 'The request body is not valid JSON.';
    res.status(tooLarge ? 413 : 400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  };
}
