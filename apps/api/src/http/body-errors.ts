import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@persona-lab/errors';
import { jsonShapeExceeds } from '@persona-lab/text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store is refused at the door, with a sentence, instead of failing deep inside. */
export class UnstorableTextError extends Error {}

function checkText(value: string): void {
  if (value.includes('\u0000'))
    throw new UnstorableTextError(
      'Text cannot contain NUL characters (\\u0000). Remove them and try again.',
    );
  if (LONE_SURROGATE.test(value))
    throw new UnstorableTextError(
      'Text contains a broken character (a lone UTF-16 surrogate). Remove it and try again.',
    );
}

const NEEDS_TEXT_CHECK = Symbol('needsTextCheck');
const ESCAPE = Buffer.from('\\u');

/**
 * The deepest nesting of objects and arrays a JSON body may have. Real requests nest a handful
 * of levels; `JSON.parse` of a body nested 1,000,000 deep (6 MB) held the event loop 0.6–0.8 s.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * The most members (array items and object entries) a JSON body may have. The variables limit
 * refuses more than 20,000 nodes anyway, but only after parsing: a body of 425k hidden-field keys
 * held the event loop 0.7–1.1 s before it was refused.
 */
export const MAX_JSON_MEMBERS = 100_000;

/** A body nested too deep or with too many members: refused before it is parsed. */
export class JsonShapeError extends Error {}

const SHAPE_MESSAGE = {
  depth: `The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep. Send flatter data.`,
  members: `The request body holds too many values: at most ${MAX_JSON_MEMBERS.toLocaleString('en')} in its objects and arrays. Send less at once.`,
};

/**
 * body-parser `verify` hook, on the raw bytes before they are parsed. It refuses a body nested
 * deeper than {@link MAX_JSON_DEPTH} or with more than {@link MAX_JSON_MEMBERS} members (parsing
 * it would hold the event loop), and flags the bodies whose strings need checking: in UTF-8 JSON
 * text a NUL character or a lone surrogate can only arrive as a `\\u` escape (raw control characters are a syntax error, invalid UTF-8 decodes to
 * U+FFFD), so only bodies with an escape, or in another encoding, need their strings checked —
 * most requests skip the walk.
 */
export function checkJsonBody(
  req: IncomingMessage,
  _res: unknown,
  buf: Buffer,
  encoding: string,
): void {
  const utf8 = encoding.toLowerCase() === 'utf-8';
  const exceeded = utf8 && jsonShapeExceeds(buf, { maxDepth: MAX_JSON_DEPTH, maxMembers: MAX_JSON_MEMBERS });
  if (exceeded) throw new JsonShapeError(SHAPE_MESSAGE[exceeded]);
  if (!utf8 || buf.includes(ESCAPE))
    (req as unknown as Record<symbol, boolean>)[NEEDS_TEXT_CHECK] = true;
}

/** The problem with a flagged body's text (NUL characters, lone surrogates in any key or string), or null. */
export function unstorableText(
  req: IncomingMessage & { body?: unknown },
): UnstorableTextError | null {
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
  code?: string;
  encoding?: string;
}

/**
 * A compressed body that does not decode (not gzip though labelled gzip, truncated, corrupt): body-parser
 * passes zlib's error on with status 400 and no `type`. zlib's codes are `Z_…` (gzip, deflate) and
 * Node's `ERR__…` for brotli's decoder errors (`ERR__ERROR_FORMAT_PADDING_1`) and zstd's.
 */
function isBadCompressedBody(err: BodyError): boolean {
  if (err.type || err.status !== 400 || typeof err.code !== 'string') return false;
  return /^(Z_|ERR__|ERR_BROTLI|ERR_ZSTD)/.test(err.code);
}

/** What a client is told about a body that could not be read (too large, not JSON, not decodable, unstorable text), in GraphQL's error shape. */
export function bodyErrorAnswer(
  err: BodyError,
  limit: string,
): { status: number; body: { errors: { message: string; extensions: { code: ErrorCode } }[] } } {
  let status = 400;
  let message = 'The request body is not valid JSON.';
  if (err.type === 'entity.too.large') {
    status = 413;
    message = `The request is larger than the ${limit} limit. Send a smaller file or split it.`;
  } else if (err.type === 'encoding.unsupported') {
    status = 415;
    const encoding = String(err.encoding ?? 'unknown')
      .slice(0, 40)
      .replace(/[^\w.+-]/g, '?');
    message = `The request's Content-Encoding "${encoding}" is not supported. Send the body uncompressed, or with gzip, deflate or br.`;
  } else if (err.type === 'charset.unsupported') {
    status = 415;
    message = "The request body's charset is not supported. Send it as UTF-8.";
  } else if (err.type === 'compressed.invalid') {
    message =
      'The request body could not be decompressed: it is not valid data for its Content-Encoding.';
  } else if (err instanceof UnstorableTextError || err instanceof JsonShapeError) {
    message = err.message;
  }
  return {
    status,
    body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] },
  };
}

/** Body-parser failures answered with `bodyErrorAnswer`, without internals. A client's bad body is its fault: nothing is logged. */
export function bodyErrorHandler(limit: string) {
  return (err: BodyError, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next(err);
    if (isBadCompressedBody(err)) err = { type: 'compressed.invalid' };
    if (!err.type) return next(err);
    const { status, body } = bodyErrorAnswer(err, limit);
    res.status(status).json(body);
  };
}
