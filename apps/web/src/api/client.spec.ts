// @vitest-environment jsdom
import { ErrorCode } from '@persona-lab/errors';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../gql/graphql';
import { useAuthStore } from '../stores/auth';
import { ApiError, NETWORK_ERROR_MESSAGE, gqlRequest } from './client';

// The real router would load every page; the client only needs to know where it is and to push.
const router = vi.hoisted(() => ({
  currentRoute: { value: { meta: {} as Record<string, unknown>, fullPath: '/w/ws-1/members' } },
  push: vi.fn(() => Promise.resolve()),
}));
vi.mock('../router', () => ({ router }));

const user = { id: 'u-1', email: 'ada@example.com', name: 'Ada' };

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
  localStorage.clear();
  setActivePinia(createPinia());
  router.push.mockClear();
  router.currentRoute.value = { meta: {}, fullPath: '/w/ws-1/members' };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gqlRequest', () => {
  it('posts the document and variables with the bearer token and returns data', async () => {
    useAuthStore().setSession('token-123', user);
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

  it('on UNAUTHENTICATED clears the session and sends a signed-in page to /login', async () => {
    const auth = useAuthStore();
    auth.setSession('expired-token', user);
    respondWith(
      graphqlError('Your session has expired. Sign in again.', { code: 'UNAUTHENTICATED' }),
    );

    const error = await requestError();
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(auth.token).toBeNull();
    expect(auth.user).toBeNull();
    expect(localStorage.getItem('persona-lab.session')).toBeNull();
    expect(router.push).toHaveBeenCalledWith({
      name: 'login',
      query: { redirect: '/w/ws-1/members' },
    });
  });

  it('does not redirect from a public page such as the login form', async () => {
    router.currentRoute.value = { meta: { public: true }, fullPath: '/login' };
    respondWith(graphqlError('Email or password is wrong.', { code: 'UNAUTHENTICATED' }));

    expect((await requestError()).message).toBe('Email or password is wrong.');
    expect(router.push).not.toHaveBeenCalled();
  });
});
