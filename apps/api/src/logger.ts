import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { prettyDestination } from './pretty-log';

/**
 * Never logged: secrets, and what a failed query carries. TypeORM's QueryFailedError keeps the
 * query's parameters (answers, emails) and PostgreSQL's `detail` ("Failing row contains (…)",
 * "Key (…)=(…)"), on the error and on its `driverError`.
 */
export const REDACTED_PATHS = [
  '*.password',
  '*.token',
  '*.email',
  'err.parameters',
  'err.detail',
  'err.driverError.parameters',
  'err.driverError.detail',
];

/**
 * The one logger. JSON lines on stdout, or human lines when stdout is a terminal (and `LOG_FORMAT`
 * is not `json`); never given request bodies, so answers and emails stay out of logs.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    { level, base: { service: 'persona-lab' }, redact: REDACTED_PATHS },
    destination ?? defaultDestination(),
  );
}

function defaultDestination(): DestinationStream | undefined {
  const format = process.env.LOG_FORMAT;
  const pretty = format === 'pretty' || (format !== 'json' && process.stdout.isTTY === true);
  return pretty
    ? prettyDestination(process.stdout, process.stdout.isTTY === true && !process.env.NO_COLOR)
    : undefined;
}

/** Nest's start-up chatter (one line per module and route): debug, so a good start ends in one line. */
const NEST_BOOT_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** Lets Nest's own messages go through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    if (context && NEST_BOOT_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
