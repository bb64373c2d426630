// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import { useUnreadStore } from '../stores/unread';
import InboxPage from './InboxPage.vue';

const Blank = { render: () => null };

const note = (id: string, title: string, read: boolean, link = `/personas/${id}`) => ({
  id,
  kind: 'REVIEW_REQUESTED',
  title,
  link,
  createdAt: '2026-12-05T10:00:00.000Z',
  read,
  actor: { id: 'u-2', name: 'Ana' },
});

const QUEUE = [
  { id: 'p-1', name: 'Busy parent', status: 'IN_REVIEW', study: { id: 's-1', name: 'Parents' } },
];

async function mountInbox() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inbox', name: 'inbox', component: InboxPage },
      { path: '/personas/:personaId', name: 'persona', component: Blank },
    ],
  });
  await router.push('/inbox');
  await router.isReady();
  const pinia = createPinia();
  setActivePinia(pinia);
  const wrapper = mount(InboxPage, {
    global: { plugins: [pinia, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

/** Answers the two notification lists: the unread one and the newest page. */
function lists(
  unread: ReturnType<typeof note>[],
  all: ReturnType<typeof note>[],
  endCursor: string | null = null,
) {
  return (v: Record<string, any>) => ({
    notifications: v.unreadOnly ? { nodes: unread, endCursor: null } : { nodes: all, endCursor },
  });
}

// Unmounted after each test, so no earlier poll or focus listener answers a later test.
enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('InboxPage', () => {
  it('shows the personas waiting for me and the notifications, unread first', async () => {
    const u1 = note('n-1', 'Ana asked you to review “Busy parent”', false);
    const r1 = note('n-2', 'Ana approved “Night owl”', true);
    const u2 = note('n-3', 'Ana mentioned you', false);
    fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: QUEUE }),
      // Newest first: a read one sits between the two unread ones.
      InboxNotifications: lists([u1, u2], [u1, r1, u2]),
    });
    const { wrapper } = await mountInbox();

    const waiting = wrapper.get('[data-testid="waiting-for-me"]');
    expect(waiting.text()).toContain('Busy parent');
    expect(waiting.text()).toContain('Parents');
    expect(waiting.get('a').attributes('href')).toBe('/personas/p-1');

    const items = wrapper.findAll('[data-testid="notification"]');
    expect(items.map((i) => i.get('a').text())).toEqual([u1.title, u2.title, r1.title]);
    expect(items[0]!.get('a').attributes('aria-label')).toBe(`Unread: ${u1.title}`);
    expect(items[2]!.get('a').attributes('aria-label')).toBe(r1.title);
    expect(items[0]!.text()).toContain('Ana');
  });

  it('marks a notification read when it is opened, then goes to its link', async () => {
    const u1 = note('n-1', 'Ana asked you to review “Busy parent”', false, '/personas/p-1');
    const api = fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: [] }),
      InboxNotifications: lists([u1], [u1]),
      MarkNotificationsRead: () => ({ markNotificationsRead: 1 }),
      UnreadNotificationCount: () => ({ unreadNotificationCount: 0 }),
    });
    const { wrapper, router } = await mountInbox();
    const unread = useUnreadStore();
    unread.count = 1;

    await wrapper.get('[data-testid="notification"] a').trigger('click');
    await flushPromises();

    expect(api.calls('MarkNotificationsRead')).toEqual([{ ids: ['n-1'] }]);
    expect(router.currentRoute.value.fullPath).toBe('/personas/p-1');
    expect(unread.count).toBe(0);
    expect(api.calls('UnreadNotificationCount')).toHaveLength(1);
  });

  it('opening a read notification does not call the API', async () => {
    const r1 = note('n-2', 'Ana approved “Night owl”', true, '/personas/p-2');
    const api = fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: [] }),
      InboxNotifications: lists([], [r1]),
    });
    const { wrapper, router } = await mountInbox();
    await wrapper.get('[data-testid="notification"] a').trigger('click');
    await flushPromises();
    expect(api.calls('MarkNotificationsRead')).toEqual([]);
    expect(router.currentRoute.value.fullPath).toBe('/personas/p-2');
  });

  it('marks all as read, says so and refreshes the badge', async () => {
    const u1 = note('n-1', 'First', false);
    const u2 = note('n-3', 'Second', false);
    const api = fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: [] }),
      InboxNotifications: lists([u1, u2], [u1, u2]),
      MarkAllNotificationsRead: () => ({ markAllNotificationsRead: 2 }),
      UnreadNotificationCount: () => ({ unreadNotificationCount: 0 }),
    });
    const { wrapper } = await mountInbox();
    const button = wrapper.findAll('button').find((b) => b.text() === 'Mark all as read')!;
    expect(button.attributes('disabled')).toBeUndefined();

    await button.trigger('click');
    await flushPromises();

    expect(api.calls('MarkAllNotificationsRead')).toHaveLength(1);
    expect(wrapper.get('[role="status"]').text()).toBe('Marked 2 notifications as read.');
    expect(
      wrapper.findAll('[data-testid="notification"] a').map((a) => a.attributes('aria-label')),
    ).toEqual(['First', 'Second']);
    expect(button.attributes('disabled')).toBeDefined();
    expect(api.calls('UnreadNotificationCount')).toHaveLength(1);
  });

  it('pages older notifications with the cursor', async () => {
    const api = fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: [] }),
      InboxNotifications: (v) =>
        v.unreadOnly
          ? { notifications: { nodes: [], endCursor: null } }
          : v.after === 'c-1'
            ? { notifications: { nodes: [note('n-9', 'Older', true)], endCursor: null } }
            : { notifications: { nodes: [note('n-8', 'Newer', true)], endCursor: 'c-1' } },
    });
    const { wrapper } = await mountInbox();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Show older')!
      .trigger('click');
    await flushPromises();
    expect(api.calls('InboxNotifications').at(-1)).toEqual({ first: 20, after: 'c-1' });
    expect(wrapper.findAll('[data-testid="notification"] a').map((a) => a.text())).toEqual([
      'Newer',
      'Older',
    ]);
    expect(wrapper.findAll('button').some((b) => b.text() === 'Show older')).toBe(false);
  });

  it('says so when there is nothing', async () => {
    fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: [] }),
      InboxNotifications: lists([], []),
    });
    const { wrapper } = await mountInbox();
    expect(wrapper.get('[data-testid="waiting-for-me"]').text()).toContain(
      'Nothing waits for your review',
    );
    expect(wrapper.get('[data-testid="notifications"]').text()).toContain('No notifications yet');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Mark all as read')).toBe(false);
  });

  it('shows a load error with Try again, per section', async () => {
    let fail = true;
    fakeGraphql({
      ReviewQueue: () => ({ reviewQueue: QUEUE }),
      InboxNotifications: (v) =>
        fail
          ? { error: { message: 'The database is busy.', code: 'INTERNAL_SERVER_ERROR' } }
          : lists([], [note('n-2', 'Back again', true)])(v),
    });
    const { wrapper } = await mountInbox();
    const section = wrapper.get('[data-testid="notifications"]');
    expect(section.get('[role="alert"]').text()).toContain('The database is busy.');
    expect(wrapper.get('[data-testid="waiting-for-me"]').text()).toContain('Busy parent');

    fail = false;
    await section
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="notifications"]').text()).toContain('Back again');
  });

  it('shows a skeleton while loading', async () => {
    fakeGraphql({
      ReviewQueue: () => new Promise(() => undefined),
      InboxNotifications: () => new Promise(() => undefined),
    });
    const { wrapper } = await mountInbox();
    expect(wrapper.text()).toContain('Loading your review queue…');
    expect(wrapper.text()).toContain('Loading notifications…');
  });
});
