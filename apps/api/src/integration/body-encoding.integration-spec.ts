import { request } from 'node:http';
import { Writable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { loadConfig } from '../config';
import { createApp } from '../create-app';

// Issue 14, finding 16: a POST whose Content-Encoding says gzip but whose body is not gzip answered
// 500 and logged an error. It is the client's fault: 400 in the shape of the other body errors, and no
// error in the log. An encoding the server cannot decode is 415.

let db: TestDatabase;
let app: NestExpressApplication;
let base: URL;
const logged: { level: number; msg?: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logged.push(JSON.parse(line) as { level: number; msg?: string });
      done();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', ARGON2_MEMORY_KIB: '4096' });
  app = await createApp(config, db.url, pino({ level: 'info' }, sink));
  await app.listen(0, '127.0.0.1');
  base = new URL((await app.getUrl()).replace('[::1]', '127.0.0.1'));
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

function post(
  body: Buffer,
  encoding: string,
): Promise<{
  status: number;
  json: { errors?: { message: string; extensions: { code: string } }[] } & Record<string, unknown>;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/graphql', base),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-encoding': encoding,
          'content-length': body.length,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: { raw: text } });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const QUERY = Buffer.from(JSON.stringify({ query: '{ __typename }' }));
const errorsLogged = () => logged.filter((l) => l.level >= 50);

describe('compressed request bodies', () => {
  it('still reads a real gzip or brotli body', async () => {
    for (const [body, encoding] of [
      [gzipSync(QUERY), 'gzip'],
      [brotliCompressSync(QUERY), 'br'],
    ] as const) {
      const res = await post(body, encoding);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('answers 400 BAD_USER_INPUT, and logs no error, for a body that is not what Content-Encoding says', async () => {
    const cases: [Buffer, string][] = [
      [QUERY, 'gzip'], // plain JSON labelled gzip
      [gzipSync(QUERY).subarray(0, 20), 'gzip'], // truncated gzip
      [QUERY, 'deflate'],
      [QUERY, 'br'],
    ];
    for (const [body, encoding] of cases) {
      const res = await post(body, encoding);
      expect(res.status, encoding).toBe(400);
      expect(res.json.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.json.errors?.[0].message).toMatch(/could not be decompressed/);
    }
    expect(errorsLogged()).toEqual([]);
  });

  it('answers 415 for an encoding the server does not decode', async () => {
    const res = await post(QUERY, 'compress');
    expect(res.status).toBe(415);
    expect(res.json.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.json.errors?.[0].message).toMatch(/"compress".*gzip, deflate or br/);
    expect(errorsLogged()).toEqual([]);
  });
});
