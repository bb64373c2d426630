// @vitest-environment jsdom
import { ErrorCode } from '@persona-lab/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../gql/graphql';
import { ApiError, NETWORK_ERROR_MESSAGE, configureClient, gqlRequest } from './client';

const user = { id: 'u-1', email: 'ada@example.com', name: 'Ada' };
let token: string | null = null;
const onUnauthenticated = vi.fn();

function respondWith(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function graphqlError(message: string, extensions: Record<string, unknown>) {
  return { data: null, errors: [{ message, extensions }] };
}

async function requestError(): Promise<ApiError> {
  const error = await gqlRequest(MeDocument, {}).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => {
  token = null;
  onUnauthenticated.mockClear();
  configureClient({ getToken: () => token, onUnauthenticated });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gqlRequest', () => {
  it('posts the document and variables with the bearer token and returns data', async () => {
    token = 'token-123';
    const fetchMock = respondWith({ data: { me: user } });

    await expect(gqlRequest(MeDocument, {})).resolves.toEqual({ me: user });

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-123');
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('query Me');
    expect(body.variables).toEqual({});
  });

  it('throws the first GraphQL error with its code and message', async () => {
    respondWith({
      data: null,
      errors: [
        { message: 'A workspace with this name already exists.', extensions: { code: 'CONFLICT' } },
        { message: 'A second error nobody shows.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });

    const error = await requestError();
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toBe('A workspace with this name already exists.');
    expect(error.field).toBeUndefined();
  });

  it('keeps the input field a BAD_USER_INPUT error names, without the input. prefix', async () => {
    respondWith(
      graphqlError('Enter a valid email address.', {
        code: 'BAD_USER_INPUT',
        field: 'input.email',
      }),
    );

    const error = await requestError();
    expect(error).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'Enter a valid email address.',
      field: 'email',
    });
  });

  it('turns a network failure into a friendly NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );

    const error = await requestError();
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toBe(NETWORK_ERROR_MESSAGE);
  });

  it('maps an unknown code, and a 500 that is not JSON, to INTERNAL_SERVER_ERROR', async () => {
    respondWith(
      graphqlError('Cannot query field "nope".', { code: 'GRAPHQL_VALIDATION_FAILED' }),
      400,
    );
    expect((await requestError()).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Internal error</html>', { status: 500 })),
    );
    const error = await requestError();
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error.message).toMatch(/something went wrong/i);
  });

  it('reports a proxy answering 502 for a stopped API as SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );

    const error = await requestError();
    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(error.message).toMatch(/unavailable right now/);
  });

  it('sends no token for an anonymous request, even when signed in', async () => {
    token = 'token-123';
    const fetchMock = respondWith({ data: { me: null } });

    await gqlRequest(MeDocument, {}, { anonymous: true });

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).has('Authorization')).toBe(false);
  });

  it('tells the app when the API rejects the token, by code or by HTTP 401', async () => {
    token = 'expired-token';
    respondWith(
      graphqlError('Your session has expired. Sign in again.', { code: 'UNAUTHENTICATED' }),
    );
    const error = await requestError();
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(error.message).toBe('Your session has expired. Sign in again.');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 401 })),
    );
    expect((await requestError()).code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(onUnauthenticated).toHaveBeenCalledTimes(2);
  });

  it('does not call the handler for other errors', async () => {
    respondWith(graphqlError('You cannot do that.', { code: 'FORBIDDEN' }));
    expect((await requestError()).code).toBe(ErrorCode.FORBIDDEN);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
