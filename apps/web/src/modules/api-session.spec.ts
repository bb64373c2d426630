// @vitest-environment jsdom
import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { MeDocument } from '../gql/graphql';
import { gqlRequest } from '../api/client';
import { useAuthStore } from '../stores/auth';
import { installApiSession } from './api-session';

const user = { id: 'u-1', email: 'ada@example.com', name: 'Ada' };
const Page = { template: '<div />' };

function respondWith(body: unknown) {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const unauthenticated = {
  data: null,
  errors: [{ message: 'Your session has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
};

async function setUp(
  path: string,
): Promise<{ router: Router; auth: ReturnType<typeof useAuthStore> }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: Page, meta: { public: true } },
      { path: '/w/:id/members', component: Page },
    ],
  });
  const pinia = createPinia();
  installApiSession({ pinia, router });
  await router.push(path);
  return { router, auth: useAuthStore(pinia) };
}

beforeEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('installApiSession', () => {
  it('sends the signed-in token', async () => {
    const { auth } = await setUp('/w/ws-1/members');
    auth.setSession('token-123', user);
    const fetchMock = respondWith({ data: { me: user } });

    await gqlRequest(MeDocument, {});

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer token-123');
  });

  it('on a rejected token clears the session and sends a signed-in page to /login', async () => {
    const { router, auth } = await setUp('/w/ws-1/members');
    auth.setSession('expired-token', user);
    respondWith(unauthenticated);

    await gqlRequest(MeDocument, {}).catch(() => undefined);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));

    expect(auth.token).toBeNull();
    expect(localStorage.getItem('persona-lab.session')).toBeNull();
    expect(router.currentRoute.value.query).toEqual({ redirect: '/w/ws-1/members' });
  });

  it('stays on a public page such as the login form', async () => {
    const { router } = await setUp('/login?redirect=/x');
    respondWith(unauthenticated);

    await gqlRequest(MeDocument, {}).catch(() => undefined);

    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/x');
  });
});
