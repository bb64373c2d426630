// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PageLoadState from './PageLoadState.vue';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/', component: { render: () => null } }],
});

const mountState = (props: Record<string, unknown>, slots: Record<string, string> = {}) =>
  mount(PageLoadState, {
    props: { noun: 'Study', loadingLabel: 'Loading study…', loading: false, ...props },
    slots,
    global: { plugins: [router] },
  });

describe('PageLoadState', () => {
  it('shows the load error first, and "Try again" asks for a retry', async () => {
    const w = mountState({ error: { message: 'The server is not reachable.' }, loading: true });
    expect(w.text()).toContain('The server is not reachable.');
    expect(w.text()).not.toContain('not found');
    await w.get('button').trigger('click');
    expect(w.emitted('retry')).toHaveLength(1);
  });

  it('shows a skeleton while loading, or the page’s own skeleton', () => {
    expect(mountState({ loading: true }).text()).toContain('Loading study…');
    const custom = mountState({ loading: true }, { skeleton: '<p>Loading results grid</p>' });
    expect(custom.text()).toContain('Loading results grid');
    expect(custom.text()).not.toContain('Loading study…');
  });

  it('says the thing was not found, without telling a foreign one from a missing one, and links home', () => {
    const w = mountState({});
    expect(w.get('h2').text()).toBe('Study not found');
    expect(w.text()).toContain(
      'It does not exist, or it is in a workspace you are not a member of.',
    );
    expect(w.get('a').attributes('href')).toBe('/');
  });

  it('takes a page’s own reason for not finding it', () => {
    const w = mountState({
      noun: 'Workspace',
      description: 'It does not exist, or you are not a member of it.',
    });
    expect(w.get('h2').text()).toBe('Workspace not found');
    expect(w.text()).toContain('you are not a member of it.');
    expect(w.text()).not.toContain('in a workspace you are not a member of');
  });
});
