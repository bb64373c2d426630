import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** `8mb`, `512kb`, `1000000b` (the forms config allows) in bytes, as body-parser reads them. */
export function bodyLimitBytes(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(limit);
  if (!m) throw new Error(`body limit "${limit}" must look like 8mb, 512kb or 1000000b`);
  return Number(m[1]) * UNITS[m[2].toLowerCase()];
}

type Verify = (req: IncomingMessage, res: ServerResponse, buf: Buffer, encoding: string) => void;

/** An error shaped as body-parser's (`status`, `type`), so the same error handler answers it. */
function bodyError(status: number, type: string, message: string, cause?: unknown): Error {
  const error = cause instanceof Error ? cause : new Error(message);
  return Object.assign(error, {
    status,
    statusCode: status,
    expose: status < 500,
    type: (error as { type?: string }).type ?? type,
  });
}

const PLAIN_JSON = new Set([
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=utf-8',
]);

/**
 * The JSON body reader. The common request (a plain `application/json` UTF-8 body with a
 * Content-Length within the limit, not compressed) is read here with the same outcome as
 * body-parser's `json({ limit, verify })`: the `verify` hook on the raw bytes, a leading BOM
 * dropped, strict parsing (an object or an array), the same error `type`s and statuses.
 * Everything else (chunked or compressed bodies, other charsets or types) goes to `fallback`,
 * body-parser itself. body-parser's per-request work (type-is, content-type, raw-body, iconv,
 * on-finished) was about a tenth of the server's CPU per submitted response.
 */
export function jsonBody(limit: number, verify: Verify, fallback: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const type = req.headers['content-type'];
    const lengthHeader = req.headers['content-length'];
    const encoding = req.headers['content-encoding'];
    if (
      type === undefined ||
      lengthHeader === undefined ||
      req.headers['transfer-encoding'] !== undefined ||
      (encoding !== undefined && encoding.toLowerCase() !== 'identity') ||
      req.complete ||
      !PLAIN_JSON.has(type.toLowerCase())
    )
      return fallback(req, res, next);
    const length = Number(lengthHeader);
    if (
      !Number.isSafeInteger(length) ||
      length <= 0 ||
      length > limit ||
      !/^\d+$/.test(lengthHeader)
    )
      return fallback(req, res, next);

    if (!('body' in req)) (req as { body?: unknown }).body = undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
      req.removeListener('aborted', onAborted);
      if (error) {
        // Read off the rest of the request before answering, as body-parser does.
        if (!req.complete) {
          let answered = false;
          const answer = () => {
            if (answered) return;
            answered = true;
            next(error);
          };
          req.once('end', answer);
          req.once('close', answer);
          req.resume();
          return;
        }
        return next(error);
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > length)
        return finish(
          bodyError(400, 'request.size.invalid', 'request size did not match content length'),
        );
      chunks.push(chunk);
    };
    const onAborted = () => finish(bodyError(400, 'request.aborted', 'request aborted'));
    const onError = (error: Error) =>
      finish(bodyError(400, 'request.aborted', 'request aborted', error));
    const onEnd = () => {
      if (received !== length)
        return finish(
          bodyError(400, 'request.size.invalid', 'request size did not match content length'),
        );
      const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received);
      try {
        verify(req, res, buf, 'utf-8');
      } catch (error) {
        return finish(bodyError(403, 'entity.verify.failed', 'verify failed', error));
      }
      let text = buf.toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        (req as { body?: unknown }).body = parseStrict(text);
      } catch (error) {
        return finish(bodyError(400, 'entity.parse.failed', 'invalid JSON', error));
      }
      finish();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  };
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** body-parser's strict JSON: an empty body is `{}`, anything but an object or an array is refused. */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  let i = 0;
  while (i < text.length && JSON_SPACE.has(text.charCodeAt(i))) i++;
  const first = text[i];
  if (first !== '{' && first !== '[')
    throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON`);
  return JSON.parse(text);
}
