// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import { UNREAD_POLL_MS } from '../stores/unread';
import InboxLink from './InboxLink.vue';

const Blank = { render: () => null };

async function mountLink() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/inbox', name: 'inbox', component: Blank },
    ],
  });
  await router.push('/');
  await router.isReady();
  const wrapper = mount(InboxLink, {
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

beforeEach(() => {
  vi.useFakeTimers();
});

// Unmounted after each test, so no earlier poll or focus listener answers a later test.
enableAutoUnmount(afterEach);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('InboxLink', () => {
  it('names the unread count for screen readers and shows it as a badge', async () => {
    fakeGraphql({ UnreadNotificationCount: () => ({ unreadNotificationCount: 3 }) });
    const wrapper = await mountLink();
    const link = wrapper.get('a');
    expect(link.attributes('href')).toBe('/inbox');
    expect(link.attributes('aria-label')).toBe('Inbox, 3 unread');
    expect(wrapper.get('[data-testid="inbox-badge"]').text()).toBe('3');
  });

  it('has no badge and a plain name when nothing is unread; caps the badge at 99+', async () => {
    let n = 0;
    fakeGraphql({ UnreadNotificationCount: () => ({ unreadNotificationCount: n }) });
    const wrapper = await mountLink();
    expect(wrapper.get('a').attributes('aria-label')).toBe('Inbox');
    expect(wrapper.find('[data-testid="inbox-badge"]').exists()).toBe(false);

    n = 120;
    window.dispatchEvent(new Event('focus'));
    await flushPromises();
    expect(wrapper.get('[data-testid="inbox-badge"]').text()).toBe('99+');
    expect(wrapper.get('a').attributes('aria-label')).toBe('Inbox, 120 unread');
  });

  it('polls every 30 s and on window focus, and stops when unmounted', async () => {
    let n = 1;
    const api = fakeGraphql({ UnreadNotificationCount: () => ({ unreadNotificationCount: n }) });
    const wrapper = await mountLink();
    expect(api.calls('UnreadNotificationCount')).toHaveLength(1);

    n = 2;
    await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS - 1);
    expect(api.calls('UnreadNotificationCount')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    expect(api.calls('UnreadNotificationCount')).toHaveLength(2);
    expect(wrapper.get('a').attributes('aria-label')).toBe('Inbox, 2 unread');

    n = 5;
    window.dispatchEvent(new Event('focus'));
    await flushPromises();
    expect(api.calls('UnreadNotificationCount')).toHaveLength(3);
    expect(wrapper.get('a').attributes('aria-label')).toBe('Inbox, 5 unread');

    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS * 3);
    window.dispatchEvent(new Event('focus'));
    expect(api.calls('UnreadNotificationCount')).toHaveLength(3);
  });

  it('keeps the last count when a poll fails', async () => {
    let fail = false;
    fakeGraphql({
      UnreadNotificationCount: () =>
        fail
          ? { error: { message: 'Busy', code: 'INTERNAL_SERVER_ERROR' } }
          : { unreadNotificationCount: 4 },
    });
    const wrapper = await mountLink();
    fail = true;
    await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS);
    await flushPromises();
    expect(wrapper.get('a').attributes('aria-label')).toBe('Inbox, 4 unread');
  });
});
