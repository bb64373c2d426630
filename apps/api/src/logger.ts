import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';

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

/** The one logger. JSON lines on stdout; never given request bodies, so answers and emails stay out of logs. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'persona-lab' }, redact: REDACTED_PATHS }, destination);
}

/** Lets Nest's own messages go through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
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
