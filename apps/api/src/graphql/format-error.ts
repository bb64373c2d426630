import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, ErrorCode } from '@persona-lab/errors';
import { isDatabaseUnavailable, isStatementTimeout } from '@persona-lab/db';

const CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

// Nothing that looks like a stack frame, a file path or SQL ever leaves the server.
const LEAKY = /(\n\s+at\s|\/[\w.-]+\/[\w.-]+\.(ts|js)\b|\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b|relation "|violates .* constraint)/i;

/** graphql-js echoes an invalid input value in its sentence; a client needs its start, not megabytes. */
const MAX_MESSAGE = 600;
function clipMessage(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/**
 * The one place that turns any error into what a client sees: a code from
 * `@persona-lab/errors` and a sentence. Unexpected errors are logged in full
 * and answered with a generic sentence.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path;
    const locations = formatted.locations;
    if (original instanceof DomainError) {
      return { message: original.message, path, locations, extensions: { ...original.details, code: original.code } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const body = original.getResponse() as { message?: string | string[] } | string;
      const raw = typeof body === 'string' ? body : body.message;
      const message = Array.isArray(raw) ? raw.join(' ') : (raw ?? original.message);
      const code = HTTP_CODES[status] ?? ErrorCode.BAD_USER_INPUT;
      return { message: LEAKY.test(message) ? 'The request was refused.' : message, path, locations, extensions: { code } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original }, 'database unavailable');
      return {
        message: 'The database is not reachable right now. Try again in a few seconds.',
        path,
        locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isStatementTimeout(original)) {
      logger.warn({ path }, 'statement timeout');
      return {
        message: 'This request took too long in the database and was stopped. Narrow the filter or try again in a moment.',
        path,
        locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const apolloCode = String(formatted.extensions?.code ?? '');
    // An error graphql-js raised itself (no resolver threw it) is about the request, e.g. an unsupported operation type.
    const fromGraphql = (original as { name?: string; originalError?: unknown })?.name === 'GraphQLError' && !(original as { originalError?: unknown }).originalError;
    const clientCode = CLIENT_CODES[apolloCode] ?? (fromGraphql ? ErrorCode.BAD_USER_INPUT : undefined);
    if (clientCode && !LEAKY.test(formatted.message)) {
      return { message: clipMessage(formatted.message), locations, path, extensions: { code: clientCode } };
    }
    logger.error({ err: original, path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Try again; if it keeps failing, tell your administrator.',
      path,
      locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
