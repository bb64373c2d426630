// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import AccountPage from './AccountPage.vue';

const Blank = { render: () => null };
const SESSION_KEY = 'persona-lab.session';
const WEAK_PASSWORD_MESSAGE =
  'This password is too easy to guess: it is a common password, a simple pattern (like aaaaaaaaaa or qwertyuiop) or made of your name or email. Choose a longer one, for example a few unrelated words.';

async function mountAccount() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'workspaces', component: Blank },
      { path: '/login', name: 'login', component: Blank },
      { path: '/account', name: 'account', component: AccountPage },
    ],
  });
  await router.push('/account');
  await router.isReady();
  const wrapper = mount(AccountPage, {
    // The email settings section loads on its own (EmailSettings.spec.ts); these tests are about the rest.
    global: { plugins: [createPinia(), router], stubs: { EmailSettings: true } },
    attachTo: document.body,
  });
  return { wrapper, router };
}

type Wrapper = Awaited<ReturnType<typeof mountAccount>>['wrapper'];

/** The input whose <label> reads `label` (how a screen reader user finds it). */
function inputLabelled(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find((l) => l.text() === label);
  if (!labelEl) throw new Error(`No field labelled "${label}"`);
  return wrapper.get(`#${labelEl.attributes('for')}`);
}

async function fillPasswords(
  wrapper: Wrapper,
  fields: { current: string; next: string; confirm: string },
) {
  await inputLabelled(wrapper, 'Current password').setValue(fields.current);
  await inputLabelled(wrapper, 'New password').setValue(fields.next);
  await inputLabelled(wrapper, 'Confirm new password').setValue(fields.confirm);
}

/** The error and hint text a screen reader reads for an input, via aria-describedby. */
function describedBy(input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function buttonNamed(wrapper: Wrapper, name: string) {
  const button = wrapper.findAll('button').find((b) => b.text() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    SESSION_KEY,
    JSON.stringify({ token: 't-1', user: { id: 'u-1', email: 'ada@example.com', name: 'Ada' } }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('AccountPage: change password', () => {
  it('refuses a confirmation that does not match, on that field, without calling the API', async () => {
    const api = fakeGraphql({});
    const { wrapper } = await mountAccount();

    await fillPasswords(wrapper, {
      current: 'old-password-1',
      next: 'plum-cactus-ladder-42',
      confirm: 'plum-cactus-ladder-43',
    });
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const confirm = inputLabelled(wrapper, 'Confirm new password').element;
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(confirm)).toContain('The new passwords do not match.');
    expect(inputLabelled(wrapper, 'New password').attributes('aria-invalid')).toBeUndefined();
    expect(document.activeElement).toBe(confirm);
    expect(api.fetchMock).not.toHaveBeenCalled();

    // Fixing it clears the message at once.
    await inputLabelled(wrapper, 'Confirm new password').setValue('plum-cactus-ladder-42');
    expect(wrapper.text()).not.toContain('The new passwords do not match.');
    wrapper.unmount();
  });

  it('shows the server sentence for a wrong current password on that field and focuses it', async () => {
    const api = fakeGraphql({
      ChangePassword: () => ({
        error: {
          message: 'The current password is not right.',
          code: 'BAD_USER_INPUT',
          field: 'currentPassword',
        },
      }),
    });
    const { wrapper } = await mountAccount();

    await fillPasswords(wrapper, {
      current: 'not-my-password',
      next: 'plum-cactus-ladder-42',
      confirm: 'plum-cactus-ladder-42',
    });
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(api.calls('ChangePassword')).toHaveLength(1);
    const current = inputLabelled(wrapper, 'Current password').element;
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(current)).toContain('The current password is not right.');
    expect(document.activeElement).toBe(current);
    expect(wrapper.find('[role="status"]').text()).toBe('');
    expect(buttonNamed(wrapper, 'Change password').attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('shows the weak-password sentence on the new password field', async () => {
    fakeGraphql({
      ChangePassword: () => ({
        error: { message: WEAK_PASSWORD_MESSAGE, code: 'BAD_USER_INPUT', field: 'newPassword' },
      }),
    });
    const { wrapper } = await mountAccount();

    await fillPasswords(wrapper, {
      current: 'old-password-1',
      next: 'qwertyuiop',
      confirm: 'qwertyuiop',
    });
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(describedBy(inputLabelled(wrapper, 'New password').element)).toContain(
      'This password is too easy to guess',
    );
    wrapper.unmount();
  });

  it('shows an error that names no field in an alert', async () => {
    fakeGraphql({
      ChangePassword: () => ({
        error: { message: 'Too many attempts. Try again later.', code: 'TOO_MANY_REQUESTS' },
      }),
    });
    const { wrapper } = await mountAccount();

    await fillPasswords(wrapper, {
      current: 'old-password-1',
      next: 'plum-cactus-ladder-42',
      confirm: 'plum-cactus-ladder-42',
    });
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Too many attempts. Try again later.');
    wrapper.unmount();
  });

  it('sends current and new password, disables submit while pending, then says other sessions were signed out', async () => {
    let answer!: () => void;
    const api = fakeGraphql({
      ChangePassword: () =>
        new Promise((resolve) => {
          answer = () => resolve({ changePassword: true });
        }),
    });
    const { wrapper, router } = await mountAccount();

    await fillPasswords(wrapper, {
      current: 'old-password-1',
      next: 'plum-cactus-ladder-42',
      confirm: 'plum-cactus-ladder-42',
    });
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const submit = wrapper.get('button[type="submit"]');
    expect(submit.attributes('disabled')).toBeDefined();
    expect(submit.text()).toBe('Changing password…');
    expect(api.calls('ChangePassword')).toEqual([
      { input: { currentPassword: 'old-password-1', newPassword: 'plum-cactus-ladder-42' } },
    ]);

    answer();
    await flushPromises();

    expect(wrapper.get('[role="status"]').text()).toContain(
      'Every other session of your account was signed out',
    );
    expect(submit.attributes('disabled')).toBeUndefined();
    expect((inputLabelled(wrapper, 'Current password').element as HTMLInputElement).value).toBe('');
    expect((inputLabelled(wrapper, 'New password').element as HTMLInputElement).value).toBe('');
    // This session stays.
    expect(JSON.parse(localStorage.getItem(SESSION_KEY) ?? '{}').token).toBe('t-1');
    expect(router.currentRoute.value.name).toBe('account');
    wrapper.unmount();
  });
});

describe('AccountPage: sign out everywhere', () => {
  it('asks first; Cancel sends nothing and gives focus back', async () => {
    const api = fakeGraphql({});
    const { wrapper } = await mountAccount();

    await buttonNamed(wrapper, 'Sign out everywhere…').trigger('click');
    await flushPromises();

    expect(wrapper.text()).toContain('Sign out on every device and browser, this one included?');
    expect(document.activeElement).toBe(buttonNamed(wrapper, 'Yes, sign out everywhere').element);
    expect(api.fetchMock).not.toHaveBeenCalled();

    await buttonNamed(wrapper, 'Cancel').trigger('click');
    await flushPromises();

    expect(wrapper.text()).not.toContain('this one included?');
    expect(document.activeElement).toBe(buttonNamed(wrapper, 'Sign out everywhere…').element);
    expect(api.fetchMock).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('after confirming, revokes every session and ends this one too', async () => {
    const api = fakeGraphql({ SignOutEverywhere: () => ({ signOutEverywhere: true }) });
    const { wrapper, router } = await mountAccount();

    await buttonNamed(wrapper, 'Sign out everywhere…').trigger('click');
    await flushPromises();
    await buttonNamed(wrapper, 'Yes, sign out everywhere').trigger('click');
    await flushPromises();

    expect(api.calls('SignOutEverywhere')).toHaveLength(1);
    // The API already revoked this token: no LogOut call with it.
    expect(api.calls('LogOut')).toHaveLength(0);
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
    expect(router.currentRoute.value.name).toBe('login');
    wrapper.unmount();
  });

  it('stays signed in and says why when the API refuses', async () => {
    fakeGraphql({
      SignOutEverywhere: () => ({
        error: { message: 'Something went wrong on our side.', code: 'INTERNAL_SERVER_ERROR' },
      }),
    });
    const { wrapper, router } = await mountAccount();

    await buttonNamed(wrapper, 'Sign out everywhere…').trigger('click');
    await flushPromises();
    await buttonNamed(wrapper, 'Yes, sign out everywhere').trigger('click');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Something went wrong on our side.');
    expect(JSON.parse(localStorage.getItem(SESSION_KEY) ?? '{}').token).toBe('t-1');
    expect(router.currentRoute.value.name).toBe('account');
    wrapper.unmount();
  });
});
