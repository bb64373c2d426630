import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitBytes, jsonBody } from './json-body';
import { replayHeaders } from './static-headers';

const flag = Symbol('escaped');

/** What a handler saw: the body, or the error body-parser (or jsonBody) passed on. */
function echoApp(parser: express.RequestHandler): express.Express {
  const app = express();
  app.use(parser);
  app.use((req: Request, res: Response) => {
    res.json({
      body: req.body === undefined ? '<undefined>' : req.body,
      escaped: (req as unknown as Record<symbol, boolean>)[flag] === true,
    });
  });
  app.use(
    (
      err: { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      res.status(err.status ?? 500).json({ error: { status: err.status, type: err.type } });
    },
  );
  return app;
}

const verify = (req: object, _res: unknown, buf: Buffer) => {
  if (buf.includes('\\u')) (req as Record<symbol, boolean>)[flag] = true;
};
const LIMIT = '1kb';

/** Sends raw HTTP/1.1 bytes and returns the status line's code and the body. */
function raw(
  port: number,
  head: string,
  body: Buffer | string,
  hangUp = false,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0);
      resolve({
        status,
        body: Buffer.from(data.slice(data.indexOf('\r\n\r\n') + 4), 'latin1').toString('utf8'),
      });
    });
    socket.write(`${head}Connection: close\r\n\r\n`);
    if (hangUp) socket.end(body);
    else socket.write(body);
  });
}

const listen = (app: express.Express) =>
  new Promise<Server>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });

describe('jsonBody answers as body-parser json() does', () => {
  let reference: Server;
  let lean: Server;
  beforeAll(async () => {
    reference = await listen(echoApp(express.json({ limit: LIMIT, verify })));
    lean = await listen(
      echoApp(jsonBody(bodyLimitBytes(LIMIT), verify, express.json({ limit: LIMIT, verify }))),
    );
  });
  afterAll(() => {
    reference.close();
    lean.close();
  });

  const post = (type: string | null, body: Buffer | string, extra = '') => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    return `POST /x HTTP/1.1\r\nHost: x\r\n${type === null ? '' : `Content-Type: ${type}\r\n`}Content-Length: ${bytes.length}\r\n${extra}`;
  };
  const cases: [string, string | null, Buffer | string][] = [
    ['an object', 'application/json', '{"a":1,"b":[true,null,"x"]}'],
    ['an array', 'application/json', '[1,2]'],
    ['charset=utf-8', 'application/json; charset=utf-8', '{"a":"é"}'],
    ['upper-case type', 'Application/JSON', '{"a":1}'],
    ['a BOM', 'application/json', '\ufeff{"a":1}'],
    ['leading whitespace', 'application/json', ' \n\t{"a":1}'],
    ['a string (strict)', 'application/json', '"x"'],
    ['a number (strict)', 'application/json', ' 12'],
    ['whitespace only', 'application/json', '   '],
    ['broken JSON', 'application/json', '{"a":'],
    [
      'invalid UTF-8',
      'application/json',
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    ],
    ['a \\u escape (verify flags it)', 'application/json', '{"a":"\\u0041"}'],
    ['over the limit', 'application/json', JSON.stringify({ a: 'x'.repeat(2000) })],
    ['latin1 charset (body-parser decides)', 'application/json; charset=latin1', '{"a":1}'],
    ['utf-16 charset', 'application/json; charset=utf-16', '{"a":1}'],
    ['text/plain', 'text/plain', '{"a":1}'],
    ['no content type', null, '{"a":1}'],
  ];
  for (const [name, type, body] of cases) {
    it(name, async () => {
      const head = post(type, body);
      const [a, b] = await Promise.all([
        raw((reference.address() as AddressInfo).port, head, body),
        raw((lean.address() as AddressInfo).port, head, body),
      ]);
      expect(b).toEqual(a);
    });
  }

  it('an empty body', async () => {
    const head = post('application/json', '');
    const [a, b] = await Promise.all([
      raw((reference.address() as AddressInfo).port, head, ''),
      raw((lean.address() as AddressInfo).port, head, ''),
    ]);
    expect(b).toEqual(a);
  });

  it('a body shorter than its Content-Length (client gave up)', async () => {
    const head = `POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n`;
    const [a, b] = await Promise.all([
      raw((reference.address() as AddressInfo).port, head, '{"a":1}', true),
      raw((lean.address() as AddressInfo).port, head, '{"a":1}', true),
    ]);
    expect(b).toEqual(a);
  });

  it('a gzip body goes to body-parser', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync('{"a":1}');
    const head = post('application/json', gz, 'Content-Encoding: gzip\r\n');
    const [a, b] = await Promise.all([
      raw((reference.address() as AddressInfo).port, head, gz),
      raw((lean.address() as AddressInfo).port, head, gz),
    ]);
    expect(b).toEqual(a);
    expect(JSON.parse(b.body).body).toEqual({ a: 1 });
  });

  it('reads the limits config allows', () => {
    expect(bodyLimitBytes('8mb')).toBe(8 * 1024 * 1024);
    expect(bodyLimitBytes('512KB')).toBe(512 * 1024);
    expect(bodyLimitBytes('1000000b')).toBe(1_000_000);
    expect(() => bodyLimitBytes('8 megs')).toThrow();
  });
});

describe('replayHeaders', () => {
  it('sets the same headers helmet sets', async () => {
    const security = helmet({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } },
    });
    const make = (mw: express.RequestHandler) => {
      const app = express();
      app.use(mw);
      app.get('/', (_req, res) => res.send('ok'));
      return app;
    };
    const servers = await Promise.all([
      listen(make(security)),
      listen(make(replayHeaders(security))),
    ]);
    try {
      const [a, b] = await Promise.all(
        servers.map(async (s) => {
          const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`);
          return [...res.headers].filter(([k]) => k !== 'date');
        }),
      );
      expect(b).toEqual(a);
      expect(Object.fromEntries(b)['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(Object.fromEntries(b)['x-powered-by']).toBeUndefined();
    } finally {
      for (const s of servers) s.close();
    }
  });

  it('keeps a middleware that reads the request as it is', () => {
    const reads = (req: Request, res: Response, next: NextFunction) => {
      res.setHeader('X-Path', req.path);
      next();
    };
    expect(replayHeaders(reads)).toBe(reads);
  });
});
