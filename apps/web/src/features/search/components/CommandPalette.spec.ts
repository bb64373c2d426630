// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import { useWorkspaceStore } from '../../../stores/workspace';
import CommandPalette from './CommandPalette.vue';

const Blank = { render: () => null };

const hit = (n: number, extra: Record<string, unknown> = {}) => ({
  source: 'TRANSCRIPT',
  id: `seg-${n}`,
  title: `Interview ${n}`,
  context: 'Interviewee · Sam',
  snippet: `turn ${n} about pricing`,
  highlights: [{ start: `turn ${n} about `.length, end: `turn ${n} about pricing`.length }],
  studyId: 'study-1',
  studyName: 'Billing',
  link: `/interviews/iv-${n}?segment=seg-${n}`,
  speakerRole: 'INTERVIEWEE',
  ...extra,
});

async function mountPalette(nodes = [hit(1), hit(2), hit(3)]) {
  const api = fakeGraphql({
    SearchEverything: () => ({ search: { hasNextPage: false, endCursor: null, nodes } }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/interviews/:id', component: Blank },
      { path: '/search', name: 'search', component: Blank },
    ],
  });
  await router.push('/');
  await router.isReady();
  const pinia = createPinia();
  setActivePinia(pinia);
  useWorkspaceStore().currentId = 'ws-1';
  const wrapper = mount(CommandPalette, {
    props: { debounceMs: 0 },
    global: { plugins: [pinia, router] },
    attachTo: document.body,
  });
  return { wrapper, router, api };
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const combobox = () => document.querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
const key = (target: EventTarget, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
const settle = async () => {
  await new Promise((r) => setTimeout(r, 5));
  await flushPromises();
};

async function typeQuery(text: string) {
  const input = combobox();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle();
}

let wrapper: Awaited<ReturnType<typeof mountPalette>>['wrapper'] | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('CommandPalette', () => {
  it('opens on Ctrl+K and on ⌘K with focus in an accessible combobox', async () => {
    const m = await mountPalette();
    wrapper = m.wrapper;
    expect(dialog()).toBeNull();
    key(window, { key: 'k', ctrlKey: true });
    await settle();
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(combobox());
    expect(combobox().getAttribute('aria-controls')).toBe(
      document.querySelector('[role="listbox"]')!.id,
    );
    key(combobox(), { key: 'Escape' });
    await settle();
    expect(dialog()).toBeNull();
    key(window, { key: 'K', metaKey: true });
    await settle();
    expect(dialog()).not.toBeNull();
  });

  it('moves through the top hits with the arrow keys and opens the active one with Enter', async () => {
    const m = await mountPalette();
    wrapper = m.wrapper;
    key(window, { key: 'k', ctrlKey: true });
    await settle();
    await typeQuery('pricing');
    expect(m.api.calls('SearchEverything')).toEqual([
      expect.objectContaining({ workspaceId: 'ws-1', query: 'pricing', first: 8 }),
    ]);
    expect(options()).toHaveLength(3);
    const selected = () => options().findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    expect(combobox().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    key(combobox(), { key: 'ArrowDown' });
    key(combobox(), { key: 'ArrowDown' });
    await settle();
    expect(selected()).toBe(2);
    expect(combobox().getAttribute('aria-activedescendant')).toBe(options()[2].id);
    key(combobox(), { key: 'ArrowDown' }); // wraps to the top
    key(combobox(), { key: 'ArrowUp' }); // and back to the bottom
    await settle();
    expect(selected()).toBe(2);
    key(combobox(), { key: 'Enter' });
    await settle();
    expect(m.router.currentRoute.value.fullPath).toBe('/interviews/iv-3?segment=seg-3');
    expect(dialog()).toBeNull();
  });

  it('gives focus back on Esc and keeps Tab inside the dialog', async () => {
    const m = await mountPalette();
    wrapper = m.wrapper;
    const trigger = m.wrapper.get('button').element as HTMLButtonElement;
    trigger.focus();
    await m.wrapper.get('button').trigger('click');
    await settle();
    expect(document.activeElement).toBe(combobox());
    const seeAll = [...dialog()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'See all results',
    )!;
    seeAll.focus();
    key(seeAll, { key: 'Tab' });
    expect(document.activeElement).toBe(combobox());
    key(combobox(), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(seeAll);
    key(seeAll, { key: 'Escape' });
    await settle();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('shows snippets as text with the matched words marked, never as HTML', async () => {
    const evil = '<img src=x onerror="alert(1)"> pricing';
    const m = await mountPalette([
      hit(1, { snippet: evil, highlights: [{ start: evil.length - 7, end: evil.length }] }),
    ]);
    wrapper = m.wrapper;
    key(window, { key: 'k', ctrlKey: true });
    await settle();
    await typeQuery('pricing');
    const option = options()[0];
    expect(option.querySelector('img')).toBeNull();
    expect(option.textContent).toContain('<img src=x onerror="alert(1)">');
    expect([...option.querySelectorAll('mark')].map((x) => x.textContent)).toEqual(['pricing']);
  });

  it('opens the search page for the query when Enter is pressed with no hit, and says when nothing matches', async () => {
    const m = await mountPalette([]);
    wrapper = m.wrapper;
    key(window, { key: 'k', ctrlKey: true });
    await settle();
    await typeQuery('zebra');
    expect(document.querySelector('[role="status"]')!.textContent).toContain(
      'Nothing matches “zebra”',
    );
    key(combobox(), { key: 'Enter' });
    await settle();
    expect(m.router.currentRoute.value.fullPath).toBe('/search?q=zebra&w=ws-1');
  });
});
