import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { bodyErrorHandler, flagEscapedText, rejectUnstorableText } from './http/body-errors';
import { webAppMiddleware } from './http/web-app';
import { PinoNestLogger } from './logger';

/** Builds the Nest application (not yet listening). Used by `main.ts` and by the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, logger }), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // GraphQL answers are never served from an HTTP cache; hashing each body for an ETag is wasted work.
  app.set('etag', false);
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
  app.use(security);
  app.useBodyParser('json', { limit: config.BODY_LIMIT, verify: flagEscapedText });
  app.use(rejectUnstorableText);
  app.use(bodyErrorHandler(config.BODY_LIMIT));
  if (config.WEB_DIST) app.use(...webAppMiddleware(config.WEB_DIST));
  return app;
}
