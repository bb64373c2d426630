import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@persona-lab/errors';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store is refused at the door, with a sentence, instead of failing deep inside. */
export class UnstorableTextError extends Error {}

/** JSON reviver for the body parser: refuses NUL characters and lone surrogates in any string. */
export function rejectUnstorableText(_key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new UnstorableTextError('Text cannot contain NUL characters (\\u0000). Remove them and try again.');
    if (LONE_SURROGATE.test(value)) throw new UnstorableTextError('Text contains a broken character (a lone UTF-16 surrogate). Remove it and try again.');
  }
  return value;
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
