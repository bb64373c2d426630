import 'reflect-metadata';
import { join } from 'node:path';
import {
  ensureDatabase,
  runMigrations,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@persona-lab/db';
import { ConfigError, loadConfig } from './config';
import { createApp } from './create-app';
import { createLogger } from './logger';
import { DataSource } from 'typeorm';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './seed/seed-demo';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dir: config.dataDir,
      port: config.EMBEDDED_PG_PORT,
      log: (m) => logger.debug({ component: 'postgres' }, m),
    });
    await ensureDatabase(embedded.adminUrl, 'persona_lab');
    databaseUrl = embedded.urlFor('persona_lab');
    logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  }
  await runMigrations(databaseUrl);
  const app = await createApp(
    { ...config, WEB_DIST: config.WEB_DIST ?? join(__dirname, '../../../../web') },
    databaseUrl,
    logger,
  );
  const demo =
    config.SEED_DEMO &&
    ((await seedDemo(app, logger)) || (await demoAccountExists(app.get(DataSource))));
  await app.listen(config.PORT, config.HOST);
  logger.info({ role: config.ROLE }, readyLine(config.PORT, demo));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000).unref();
    try {
      await app.close(); // stops accepting requests, lets in-flight ones and jobs finish
      await embedded?.stop();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The one line `npm start` ends with: where to go, and how to sign in when the demo account is there. */
function readyLine(port: number, demo: boolean): string {
  const ready = `Persona Lab is ready at http://localhost:${port}`;
  return demo ? `${ready} — demo account ${DEMO_EMAIL} / ${DEMO_PASSWORD}` : ready;
}

async function demoAccountExists(db: DataSource): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM app_user WHERE email = $1', [DEMO_EMAIL]);
  return rows.length > 0;
}

bootstrap().catch((error) => {
  process.stderr.write(
    `Persona Lab could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
