/**
 * Error codes shared by the API and the web client. A domain throws a
 * `DomainError` with one of these codes; the API's single GraphQL error filter
 * turns it into `extensions.code` plus the message, and the web client imports
 * the same constants instead of retyping strings.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status that best matches each code, for REST endpoints. */
export const httpStatusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * An error whose message is written for the person who caused it. `details`
 * ends up in GraphQL `extensions` (e.g. `{ questionId }`), so it must never
 * hold anything private.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} was not found, or you do not have access to it.`);
export const forbidden = (message: string) => new DomainError(ErrorCode.FORBIDDEN, message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.CONFLICT, message, details);
export const unauthenticated = (message = 'Sign in to continue.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
