import type { IncomingMessage } from 'node:http';
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
export function flagEscapedText(req: IncomingMessage, _res: unknown, buf: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8' || buf.includes(ESCAPE)) (req as unknown as Record<symbol, boolean>)[NEEDS_TEXT_CHECK] = true;
}

/** The problem with a flagged body's text (NUL characters, lone surrogates in any key or string), or null. */
export function unstorableText(req: IncomingMessage & { body?: unknown }): UnstorableTextError | null {
  if (!(req as unknown as Record<symbol, boolean>)[NEEDS_TEXT_CHECK]) return null;
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
    return Object.assign(error as UnstorableTextError, { type: 'entity.verify.failed' });
  }
  return null;
}

/** After the JSON parser: refuses a body whose text PostgreSQL could not store. */
export function rejectUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  next(unstorableText(req) ?? undefined);
}

export interface BodyError {
  type?: string;
  status?: number;
  message?: string;
}

/** What a client is told about a body that could not be read (too large, not JSON, unstorable text), in GraphQL's error shape. */
export function bodyErrorAnswer(err: BodyError, limit: string): { status: number; body: { errors: { message: string; extensions: { code: ErrorCode } }[] } } {
  const tooLarge = err.type === 'entity.too.large';
  const message = tooLarge
    ? `The request is larger than the ${limit} limit. Send a smaller file or split it.`
    : err instanceof UnstorableTextError
      ? err.message
      : 'The request body is not valid JSON.';
  return { status: tooLarge ? 413 : 400, body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] } };
}

/** Body-parser failures answered with `bodyErrorAnswer`, without internals. */
export function bodyErrorHandler(limit: string) {
  return (err: BodyError, _req: Request, res: Response, next: NextFunction) => {
    if (!err || !err.type) return next(err);
    const { status, body } = bodyErrorAnswer(err, limit);
    res.status(status).json(body);
  };
}
