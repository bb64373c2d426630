import { parse as parseUrl } from 'node:url';
import { ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { Express, NextFunction, Request, Response } from 'express';

/** Nest's wrapped context function (the driver always sets one). */
type ContextFn<T extends BaseContext = BaseContext> = (args: {
  req: Request;
  res: Response;
}) => Promise<T>;

/**
 * The Express glue between a request and Apollo: what `@as-integrations/express5` does, with less
 * work per request. One router layer (the integration takes two), `search` cut from the URL without
 * the legacy URL parser for POSTs (a POST's query string plays no part in Apollo's answer), and a
 * complete POST answer written with `res.end` and its Content-Length (the headers Express's
 * `res.send` would add, minus its charset re-parsing and freshness check, which only GET and HEAD
 * can use). GET and HEAD answers still go through `res.send`.
 */
export function apolloExpressHandler<T extends BaseContext>(
  server: ApolloServer<T>,
  context: ContextFn<T>,
) {
  return async (req: Request, res: Response, _next: NextFunction): Promise<void> => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = req.method.toUpperCase();
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method,
      headers,
      search: method === 'POST' ? postSearch(req.url) : (parseUrl(req.url).search ?? ''),
      // body-parser leaves no body on a request without one (Nest's driver defaults it the same way).
      body: req.body ?? {},
    };
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status || 200;
    if (answer.body.kind === 'complete') {
      if (method !== 'POST') {
        res.send(answer.body.string);
        return;
      }
      res.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) {
      res.write(chunk);
      const flush = (res as { flush?: () => void }).flush;
      if (typeof flush === 'function') flush.call(res);
    }
    res.end();
  };
}

function postSearch(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return hash < 0 ? url.slice(q) : url.slice(q, hash);
}

/**
 * Nest's Apollo driver with {@link apolloExpressHandler} as the Express glue; everything else
 * (schema, plugins, context, error formatting, the drain plugin) is the driver's own.
 */
@Injectable()
export class ExpressApolloDriver extends ApolloDriver {
  protected override async registerExpress(
    options: ApolloDriverConfig,
    { preStartHook }: { preStartHook?: () => void } = {},
  ): Promise<void> {
    const { path, typeDefs, resolvers, schema } = options;
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    const app = httpAdapter.getInstance<Express>();
    const drain = ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() });
    preStartHook?.();
    const server = new ApolloServer({
      typeDefs,
      resolvers,
      schema,
      ...(options as object),
      plugins: [...(options.plugins ?? []), drain],
    } as ConstructorParameters<typeof ApolloServer>[0]);
    await server.start();
    app.use(path ?? '/graphql', apolloExpressHandler(server, options.context as ContextFn));
    this.apolloServer = server;
  }
}
