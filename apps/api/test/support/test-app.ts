import { request } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/create-app';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: unknown }[];
}

export interface TestApp {
  url: string;
  db: TestDatabase;
  app: NestExpressApplication;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** Signs up a fresh user and returns its token and id. */
  signUp(name?: string): Promise<{ token: string; id: string; email: string }>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * The real app on a fresh database, listening on a random loopback port. Given `sharedDb` (another
 * test app's `db`), it runs as a second replica on that database and leaves dropping it to its owner.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  sharedDb?: TestDatabase,
): Promise<TestApp> {
  const db = sharedDb ?? (await createTestDatabase());
  // A lighter Argon2 cost keeps sign-ups fast in tests; production keeps the 64 MiB default.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ARGON2_MEMORY_KIB: '4096',
    ...env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp(config, db.url, logger);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url.replace('[::1]', '127.0.0.1')}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status } as never;
  };
  return {
    url,
    db,
    app,
    gql,
    async signUp(name = 'Tester') {
      const email = `user${++counter}-${Date.now()}@example.com`;
      const res = await gql<{ signUp: { token: string; user: { id: string } } }>(
        'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }',
        { i: { email, password: 'correct-horse-battery', name } },
      );
      if (!res.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
      return { token: res.data.signUp.token, id: res.data.signUp.user.id, email };
    },
    async close() {
      await app.close();
      if (!sharedDb) await db.drop();
    },
  };
}

/** Asserts a GraphQL result failed with `code` and returns the error, for readable tests. */
export function errorOf(result: GqlResult): {
  message: string;
  code: string;
  extensions: Record<string, any>;
} {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return {
    message: error.message,
    code: error.extensions?.code,
    extensions: error.extensions ?? {},
  };
}

/** A GraphQL request to `app` sent from the loopback address `from` (127.0.0.x), which the server sees as the client's IP. */
export function gqlFrom(
  app: TestApp,
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult> {
  const url = new URL(`${app.url.replace('[::1]', '127.0.0.1')}/graphql`);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ ...(JSON.parse(text) as GqlResult), status: res.statusCode ?? 0 }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
