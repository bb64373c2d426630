import type { Page, APIRequestContext } from '@playwright/test';

export const DEMO = { email: 'demo@personalab.local', password: 'demo-password-123' };

/** GraphQL over the app's own HTTP API, for setting up state a test is not about. */
export async function gql<T = any>(request: APIRequestContext, query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function apiLogIn(request: APIRequestContext, email = DEMO.email, password = DEMO.password) {
  const data = await gql(request, 'mutation($i: LogInInput!) { logIn(input: $i) { token user { id email name } } }', { i: { email, password } });
  return data.logIn as { token: string; user: { id: string; email: string; name: string } };
}

/** Signs the browser in by storing the session the way the web app does. */
export async function signInBrowser(page: Page, session: { token: string; user: object }) {
  await page.goto('/login');
  await page.evaluate((s) => localStorage.setItem('persona-lab.session', JSON.stringify(s)), session);
}
