import 'reflect-metadata';
import { join } from 'node:path';
import { ensureDatabase, runMigrations, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@persona-lab/db';
import { ConfigError, loadConfig } from './config';
import { createApp } from './create-app';
import { createLogger } from './logger';
import { seedDemo } from './seed/seed-demo';

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
  if (config.SEED_DEMO) await seedDemo(app, logger);
  await app.listen(config.PORT, config.HOST);
  logger.info({ url: `http://localhost:${config.PORT}`, role: config.ROLE }, 'Persona Lab is ready');

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

bootstrap().catch((error) => {
  process.stderr.write(`Persona Lab could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
