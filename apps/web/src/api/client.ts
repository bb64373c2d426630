import { ErrorCode } from '@persona-lab/errors';
import type { TypedDocumentString } from '../gql/graphql';

/** Codes the API sends in `extensions.code`, plus one for "the request never got an answer". */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export const NETWORK_ERROR_MESSAGE =
  'We could not reach Persona Lab. Check your connection and try again.';
const SERVER_ERROR_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/** The first GraphQL error of a response, in a shape a form can show. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The input field a BAD_USER_INPUT error is about, without its `input.` prefix. */
    readonly field?: string,
    /** The survey question an answer or definition error is about (`extensions.questionId`). */
    readonly questionId?: string,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Send no token, e.g. for the public respondent form. */
  anonymous?: boolean;
}

interface GraphQLErrorPayload {
  message?: string;
  extensions?: { code?: string; field?: string; questionId?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

/** What the client needs from the app around it; installed once by `modules/api-session.ts`. */
export interface ClientConfig {
  /** The bearer token to send, or null when nobody is signed in. */
  getToken: () => string | null;
  /** Called when the API rejects the token (UNAUTHENTICATED or HTTP 401). */
  onUnauthenticated: () => void;
}

const endpoint = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';
const knownCodes = new Set<string>(Object.values(ErrorCode));
// Until configured (e.g. in a component spec) requests go without a token.
let config: ClientConfig = { getToken: () => null, onUnauthenticated: () => undefined };

/** Installs the token source and the "session ended" handler; the client imports neither router nor store. */
export function configureClient(next: ClientConfig): void {
  config = next;
}

/** The Authorization header for a plain HTTP call to the API (an upload), empty when signed out. */
export function authHeader(): Record<string, string> {
  const token = config.getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Sends one typed GraphQL operation and returns its data, or throws an ApiError. */
export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const token = options.anonymous ? null : config.getToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if ((error as { name?: unknown } | null)?.name === 'AbortError') throw error;
    throw new ApiError('NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }

  const body = await readJson<GraphQLResponse<TResult>>(response);
  const first = body?.errors?.[0];
  if (first) throw toApiError(first);
  if (!body || body.data == null) throw fromHttpStatus(response.status);
  return body.data;
}

function toApiError(error: GraphQLErrorPayload): ApiError {
  const raw = error.extensions?.code ?? '';
  const code: ApiErrorCode = knownCodes.has(raw)
    ? (raw as ErrorCode)
    : ErrorCode.INTERNAL_SERVER_ERROR;
  const message = error.message?.trim() || SERVER_ERROR_MESSAGE;
  const field = error.extensions?.field?.replace(/^input\./, '');
  const questionId = error.extensions?.questionId;
  if (code === ErrorCode.UNAUTHENTICATED) config.onUnauthenticated();
  return new ApiError(
    code,
    message,
    field || undefined,
    typeof questionId === 'string' && questionId ? questionId : undefined,
  );
}

function fromHttpStatus(status: number): ApiError {
  if (status === 429) {
    return new ApiError(
      ErrorCode.TOO_MANY_REQUESTS,
      'Too many requests. Wait a moment and try again.',
    );
  }
  if (status === 401) {
    config.onUnauthenticated();
    return new ApiError(ErrorCode.UNAUTHENTICATED, 'Your session has ended. Sign in to continue.');
  }
  // A proxy or load balancer answering for an API that is down or restarting.
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'Persona Lab is unavailable right now. Please try again in a moment.',
    );
  }
  return new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, SERVER_ERROR_MESSAGE);
}

async function readJson<T>(response: Response): Promise<T | null> {
  try {
    return (await response.json()) as T;
  } catch {
    return null;
  }
}
