import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, httpStatusOf } from '@persona-lab/errors';
import { isDatabaseUnavailable } from '@persona-lab/db';

/**
 * REST endpoints (exports, health) answer errors as `{ error: { code, message } }`
 * with a matching status. GraphQL errors pass through to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    let code: ErrorCode = ErrorCode.INTERNAL_SERVER_ERROR;
    let message = 'Something went wrong on our side. Try again; if it keeps failing, tell your administrator.';
    if (exception instanceof DomainError) {
      code = exception.code;
      message = exception.message;
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      code = exception.getStatus() === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
      message = exception.getStatus() === 404 ? 'There is nothing at this address.' : 'The request was refused.';
    } else if (isDatabaseUnavailable(exception)) {
      code = ErrorCode.SERVICE_UNAVAILABLE;
      message = 'The database is not reachable right now. Try again in a few seconds.';
    } else {
      this.logger.error({ err: exception }, 'unexpected error in an HTTP request');
    }
    if (res.headersSent) return res.end();
    res.status(httpStatusOf[code]).json({ error: { code, message } });
  }
}
