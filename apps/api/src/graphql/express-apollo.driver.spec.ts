import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apolloExpressHandler } from './express-apollo.driver';

const typeDefs = `
  type Query { hello(name: String!): String, boom: String, header: String }
  type Mutation { add(a: Int!, b: Int!): Int }
`;
const resolvers = {
  Query: {
    hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
    boom: () => {
      throw new Error('boom');
    },
    header: (_: unknown, __: unknown, ctx: { req: express.Request }) =>
      ctx.req.headers['x-probe'] ?? null,
  },
  Mutation: { add: (_: unknown, { a, b }: { a: number; b: number }) => a + b },
};

type Ctx = { req: express.Request };

async function serve(
  glue: 'integration' | 'lean',
): Promise<{ server: Server; apollo: ApolloServer<Ctx> }> {
  const apollo = new ApolloServer<Ctx>({
    typeDefs,
    resolvers,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const context = async ({ req }: { req: express.Request }) => ({ req });
  const app = express();
  app.set('etag', false);
  app.use(express.json());
  app.use(
    '/graphql',
    glue === 'integration'
      ? expressMiddleware(apollo, { context })
      : apolloExpressHandler(apollo, context),
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, apollo };
}

/** Differential test: the lean glue answers every request exactly as @as-integrations/express5 does. */
describe('apolloExpressHandler', () => {
  const servers: { server: Server; apollo: ApolloServer<Ctx> }[] = [];
  beforeAll(async () => {
    servers.push(await serve('integration'), await serve('lean'));
  });
  afterAll(async () => {
    for (const s of servers) {
      s.server.close();
      await s.apollo.stop();
    }
  });

  const json = { 'content-type': 'application/json' };
  const cases: [string, string, string, Record<string, string>, string?][] = [
    [
      'a query',
      'POST',
      '/graphql',
      json,
      JSON.stringify({ query: 'query($n: String!) { hello(name: $n) }', variables: { n: 'é' } }),
    ],
    [
      'a mutation',
      'POST',
      '/graphql',
      json,
      JSON.stringify({ query: 'mutation { add(a: 1, b: 2) }' }),
    ],
    ['a resolver error', 'POST', '/graphql', json, JSON.stringify({ query: '{ boom }' })],
    ['a syntax error', 'POST', '/graphql', json, JSON.stringify({ query: '{ hello(' })],
    ['a validation error', 'POST', '/graphql', json, JSON.stringify({ query: '{ nope }' })],
    [
      'bad variables',
      'POST',
      '/graphql',
      json,
      JSON.stringify({ query: 'query($n: String!) { hello(name: $n) }', variables: { n: 3 } }),
    ],
    ['a batch', 'POST', '/graphql', json, JSON.stringify([{ query: '{ boom }' }])],
    [
      'a query string on a POST',
      'POST',
      '/graphql?x=1#y',
      json,
      JSON.stringify({ query: '{ hello(name: "q") }' }),
    ],
    [
      'the context sees the request',
      'POST',
      '/graphql',
      { ...json, 'x-probe': 'yes' },
      JSON.stringify({ query: '{ header }' }),
    ],
    [
      'an Accept the server cannot give',
      'POST',
      '/graphql',
      { ...json, accept: 'text/html' },
      JSON.stringify({ query: '{ hello(name: "a") }' }),
    ],
    [
      'graphql-response+json',
      'POST',
      '/graphql',
      { ...json, accept: 'application/graphql-response+json' },
      JSON.stringify({ query: '{ nope }' }),
    ],
    [
      'text/plain (CSRF)',
      'POST',
      '/graphql',
      { 'content-type': 'text/plain' },
      JSON.stringify({ query: '{ hello(name: "a") }' }),
    ],
    [
      'a GET with preflight header',
      'GET',
      '/graphql?query=%7Bhello(name%3A%22g%22)%7D',
      { 'apollo-require-preflight': '1' },
    ],
    ['a GET without it (CSRF)', 'GET', '/graphql?query=%7Bhello(name%3A%22g%22)%7D', {}],
    [
      'a mutation over GET',
      'GET',
      '/graphql?query=mutation%7Badd(a%3A1%2Cb%3A2)%7D',
      { 'apollo-require-preflight': '1' },
    ],
    [
      'a HEAD',
      'HEAD',
      '/graphql?query=%7Bhello(name%3A%22g%22)%7D',
      { 'apollo-require-preflight': '1' },
    ],
    ['a PUT', 'PUT', '/graphql', json, JSON.stringify({ query: '{ hello(name: "a") }' })],
  ];
  for (const [name, method, path, headers, body] of cases) {
    it(name, async () => {
      const [a, b] = await Promise.all(
        servers.map(async ({ server }) => {
          const res = await fetch(
            `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
            { method, headers, body },
          );
          return {
            status: res.status,
            headers: [...res.headers].filter(([k]) => k !== 'date'),
            body: await res.text(),
          };
        }),
      );
      expect(b).toEqual(a);
    });
  }
});
