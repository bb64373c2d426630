// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import SignupPage from './SignupPage.vue';

const Blank = { render: () => null };

async function mountSignup() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'workspaces', component: Blank },
      { path: '/login', name: 'login', component: Blank },
      { path: '/signup', name: 'signup', component: SignupPage },
    ],
  });
  await router.push('/signup');
  await router.isReady();
  const wrapper = mount(SignupPage, {
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

async function fillAndSubmit(
  wrapper: Awaited<ReturnType<typeof mountSignup>>['wrapper'],
  fields: { name: string; email: string; password: string },
) {
  await wrapper.get('input[autocomplete="name"]').setValue(fields.name);
  await wrapper.get('input[type="email"]').setValue(fields.email);
  await wrapper.get('input[type="password"]').setValue(fields.password);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

/** The error text a screen reader reads for an input, via aria-describedby. */
function describedErrors(input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  localStorage.clear();
  fetchMock = vi.fn(
    async () =>
      new Response(
        JSON.stringify({
          data: {
            signUp: { token: 't-1', user: { id: 'u-1', email: 'ada@example.com', name: 'Ada' } },
          },
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SignupPage', () => {
  it('shows inline messages for a bad email and a short password and does not call the API', async () => {
    const { wrapper } = await mountSignup();

    await fillAndSubmit(wrapper, { name: 'Ada', email: 'ada-at-example', password: 'short' });

    expect(wrapper.text()).toContain('Enter a valid email address');
    expect(wrapper.text()).toContain('Password must be at least 10 characters.');
    const email = wrapper.get('input[type="email"]').element;
    const password = wrapper.get('input[type="password"]').element;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedErrors(email)).toContain('Enter a valid email address');
    expect(describedErrors(password)).toContain('Password must be at least 10 characters.');
    expect(document.activeElement).toBe(email);
    expect(fetchMock).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('asks for a name and does not call the API when the form is empty', async () => {
    const { wrapper } = await mountSignup();

    await fillAndSubmit(wrapper, { name: '  ', email: '', password: '' });

    expect(wrapper.text()).toContain('Name is required.');
    expect(wrapper.text()).toContain('Enter an email address.');
    expect(wrapper.text()).toContain('Choose a password.');
    expect(fetchMock).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('clears a message as soon as the field is fixed', async () => {
    const { wrapper } = await mountSignup();
    await fillAndSubmit(wrapper, { name: 'Ada', email: 'ada@example.com', password: 'short' });
    expect(wrapper.text()).toContain('Password must be at least 10 characters.');

    await wrapper.get('input[type="password"]').setValue('long-enough-password');

    expect(wrapper.text()).not.toContain('Password must be at least 10 characters.');
    wrapper.unmount();
  });

  it('signs up with valid input, stores the session and leaves the page', async () => {
    const { wrapper, router } = await mountSignup();

    await fillAndSubmit(wrapper, {
      name: ' Ada ',
      email: 'ada@example.com',
      password: 'correct-horse-battery',
    });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const body = JSON.parse(
      String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body),
    );
    expect(body.query).toContain('mutation SignUp');
    expect(body.variables).toEqual({
      input: { name: 'Ada', email: 'ada@example.com', password: 'correct-horse-battery' },
    });
    expect(JSON.parse(localStorage.getItem('persona-lab.session') ?? '{}').token).toBe('t-1');
    expect(router.currentRoute.value.fullPath).toBe('/');
    wrapper.unmount();
  });

  it('shows a server error in an alert and on the field it names', async () => {
    fetchMock.mockImplementation(
      async () =>
        new Response(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: 'An account with this email already exists.',
                extensions: { code: 'BAD_USER_INPUT', field: 'email' },
              },
            ],
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const { wrapper } = await mountSignup();

    await fillAndSubmit(wrapper, {
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct-horse-battery',
    });

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'An account with this email already exists.',
    );
    expect(describedErrors(wrapper.get('input[type="email"]').element)).toContain('already exists');
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });
});
