// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import ForgotPasswordPage from './ForgotPasswordPage.vue';
import LoginPage from './LoginPage.vue';
import ResetPasswordPage from './ResetPasswordPage.vue';

const Blank = { render: () => null };

async function mountAt(path: string, component: object, props: Record<string, unknown> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'workspaces', component: Blank },
      { path: '/login', name: 'login', component: Blank },
      { path: '/signup', name: 'signup', component: Blank },
      { path: '/forgot-password', name: 'forgot-password', component: Blank },
      { path: '/reset-password/:token', name: 'reset-password', component: Blank },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    props,
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>;
function inputLabelled(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find((l) => l.text() === label);
  if (!labelEl) throw new Error(`No field labelled "${label}"`);
  return wrapper.get(`#${labelEl.attributes('for')}`);
}
const occurrences = (text: string) => document.body.textContent!.split(text).length - 1;

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('Forgot password', () => {
  it('the login page links to it', async () => {
    const wrapper = await mountAt('/login', LoginPage);
    const link = wrapper.findAll('a').find((a) => a.text() === 'Forgot password?');
    expect(link?.attributes('href')).toBe('/forgot-password');
  });

  it('asks for a link and says the same whatever the address', async () => {
    const api = fakeGraphql({ RequestPasswordReset: () => ({ requestPasswordReset: true }) });
    const wrapper = await mountAt('/forgot-password', ForgotPasswordPage);
    await inputLabelled(wrapper, 'Email').setValue(' ada@example.com ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('RequestPasswordReset')).toEqual([{ email: 'ada@example.com' }]);
    const said = wrapper.get('[data-testid="reset-requested"]');
    expect(said.attributes('role')).toBe('status');
    expect(said.text()).toContain('If an account uses ada@example.com, we sent it a link');
  });

  it('shows a refusal (too many requests) in one banner', async () => {
    const message = 'Too many password reset requests. Wait 15 minutes and try again.';
    fakeGraphql({
      RequestPasswordReset: () => ({ error: { code: 'TOO_MANY_REQUESTS', message } }),
    });
    const wrapper = await mountAt('/forgot-password', ForgotPasswordPage);
    await inputLabelled(wrapper, 'Email').setValue('ada@example.com');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(occurrences(message)).toBe(1);
    expect(wrapper.find('[data-testid="reset-requested"]').exists()).toBe(false);
  });
});

describe('Reset password', () => {
  it('sets the new password with the link token and ends the local session', async () => {
    localStorage.setItem(
      'persona-lab.session',
      JSON.stringify({ token: 'old', user: { id: 'u', email: 'a@b.c', name: 'A' } }),
    );
    const api = fakeGraphql({ ResetPassword: () => ({ resetPassword: true }) });
    const wrapper = await mountAt('/reset-password/plr_abc', ResetPasswordPage, {
      token: 'plr_abc',
    });
    await inputLabelled(wrapper, 'New password').setValue('lantern tide gravel');
    await inputLabelled(wrapper, 'New password again').setValue('lantern tide gravel');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('ResetPassword')).toEqual([
      { token: 'plr_abc', newPassword: 'lantern tide gravel' },
    ]);
    expect(wrapper.get('[data-testid="reset-done"]').text()).toContain(
      'every session of your account was signed out',
    );
    expect(localStorage.getItem('persona-lab.session')).toBeNull();
  });

  it('checks the two passwords match before asking the API', async () => {
    const api = fakeGraphql({ ResetPassword: () => ({ resetPassword: true }) });
    const wrapper = await mountAt('/reset-password/plr_abc', ResetPasswordPage, {
      token: 'plr_abc',
    });
    await inputLabelled(wrapper, 'New password').setValue('lantern tide gravel');
    await inputLabelled(wrapper, 'New password again').setValue('lantern tide grave');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('The two passwords differ.');
    expect(api.calls('ResetPassword')).toEqual([]);
  });

  it('a weak password is shown once, on the field; the form stays', async () => {
    const message = 'This password is too easy to guess.';
    fakeGraphql({
      ResetPassword: () => ({ error: { code: 'BAD_USER_INPUT', message, field: 'newPassword' } }),
    });
    const wrapper = await mountAt('/reset-password/plr_abc', ResetPasswordPage, {
      token: 'plr_abc',
    });
    await inputLabelled(wrapper, 'New password').setValue('aaaaaaaaaaaa');
    await inputLabelled(wrapper, 'New password again').setValue('aaaaaaaaaaaa');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(occurrences(message)).toBe(1);
    expect(inputLabelled(wrapper, 'New password').attributes('aria-invalid')).toBe('true');
  });

  it.each([
    [
      'CONFLICT',
      'This reset link was used already. If you still cannot sign in, ask for a new link.',
      'This link can no longer be used',
    ],
    [
      'CONFLICT',
      'This reset link has expired: links work for one hour. Ask for a new one.',
      'This link can no longer be used',
    ],
    [
      'NOT_FOUND',
      'This reset link is not valid. Check that you opened the whole link from the mail, or ask for a new one.',
      'This link does not work',
    ],
  ])('a %s link shows a clear page with a way to ask again', async (code, message, title) => {
    fakeGraphql({ ResetPassword: () => ({ error: { code, message } }) });
    const wrapper = await mountAt('/reset-password/plr_abc', ResetPasswordPage, {
      token: 'plr_abc',
    });
    await inputLabelled(wrapper, 'New password').setValue('lantern tide gravel');
    await inputLabelled(wrapper, 'New password again').setValue('lantern tide gravel');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const refused = wrapper.get('[data-testid="reset-refused"]');
    expect(refused.get('h2').text()).toBe(title);
    expect(occurrences(message)).toBe(1);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(
      refused
        .findAll('a')
        .find((a) => a.text() === 'Ask for a new link')
        ?.attributes('href'),
    ).toBe('/forgot-password');
  });
});
