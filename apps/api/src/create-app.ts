import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { bodyErrorHandler, checkJsonBody, rejectUnstorableText } from './http/body-errors';
import { bodyLimitBytes, jsonBody } from './http/json-body';
import { replayHeaders } from './http/static-headers';
import { shareHeaders } from './http/share-headers';
import { webAppMiddleware } from './http/web-app';
import { PinoNestLogger } from './logger';

/** Builds the Nest application (not yet listening). Used by `main.ts` and by the integration tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, logger }),
    {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    },
  );
  // The client IP (rate limits, stored responses) is the socket's address unless TRUST_PROXY names the
  // proxies allowed to say otherwise through X-Forwarded-For; `clientIp` (libs/auth) reads `req.ip`.
  app.set('trust proxy', config.TRUST_PROXY ?? false);
  // GraphQL answers are never served from an HTTP cache; hashing each body for an ETag is wasted work.
  app.set('etag', false);
  // helmet removes it anyway; not setting it saves the work.
  app.disable('x-powered-by');
  const security = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // The same headers on every answer: worked out once, replayed per request.
  app.use(replayHeaders(security));
  // Plain JSON bodies are read by jsonBody; anything else (chunked, compressed, another charset) by body-parser, with the same options.
  app.use(
    jsonBody(
      bodyLimitBytes(config.BODY_LIMIT),
      checkJsonBody,
      json({ limit: config.BODY_LIMIT, verify: checkJsonBody }),
    ),
  );
  app.use(rejectUnstorableText);
  app.use(bodyErrorHandler(config.BODY_LIMIT));
  // Share pages: noindex, no referrer (their address holds the token).
  app.use(shareHeaders);
  if (config.WEB_DIST) app.use(...webAppMiddleware(config.WEB_DIST));
  return app;
}
