// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import SearchPage from './SearchPage.vue';

const Blank = { render: () => null };

const node = (n: number, source = 'ANSWER') => ({
  source,
  id: `r-${n}:pain`,
  title: 'What frustrates you?',
  context: 'Billing survey',
  snippet: `Answer ${n}: the price <b>doubled</b> and [email] never replied`,
  highlights: [{ start: `Answer ${n}: the `.length, end: `Answer ${n}: the price`.length }],
  studyId: 'study-1',
  studyName: 'Billing',
  link: `/surveys/sv-1/results?response=r-${n}&question=pain`,
  speakerRole: null,
});

async function mountPage(url: string) {
  const api = fakeGraphql({
    SearchFilters: () => ({
      workspace: {
        id: 'ws-1',
        name: 'Acme',
        studies: [
          { id: 'study-1', name: 'Billing', codes: [{ id: 'code-1', name: 'Price shock' }] },
          { id: 'study-2', name: 'Onboarding', codes: [] },
        ],
      },
    }),
    SearchEverything: (v) =>
      v.after
        ? { search: { hasNextPage: false, endCursor: null, nodes: [node(3)] } }
        : { search: { hasNextPage: true, endCursor: 'cursor-1', nodes: [node(1), node(2)] } },
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/search', name: 'search', component: SearchPage },
      { path: '/:rest(.*)*', component: Blank },
    ],
  });
  await router.push(url);
  await router.isReady();
  const wrapper = mount(SearchPage, {
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, api, router };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const selectLabelled = (
  wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'],
  label: string,
) => {
  const l = wrapper.findAll('label').find((x) => x.text() === label)!;
  return wrapper.get(`#${l.attributes('for')}`);
};

describe('SearchPage', () => {
  it('searches the workspace from the address and lists hits with marked snippets and deep links', async () => {
    const { wrapper, api } = await mountPage('/search?q=price&w=ws-1');
    expect(api.calls('SearchEverything')[0]).toMatchObject({
      workspaceId: 'ws-1',
      query: 'price',
      first: 20,
      studyId: null,
      sources: null,
      codeId: null,
    });
    const items = wrapper.findAll('.result');
    expect(items).toHaveLength(2);
    expect(items[0].get('a').attributes('href')).toBe(
      '/surveys/sv-1/results?response=r-1&question=pain',
    );
    expect(items[0].findAll('mark').map((m) => m.text())).toEqual(['price']);
    expect(items[0].find('b').exists()).toBe(false);
    expect(items[0].text()).toContain('<b>doubled</b>');
    expect(wrapper.text()).toContain('Survey answer');
  });

  it('narrows by study, type and code through the address, and pages with the cursor', async () => {
    const { wrapper, api, router } = await mountPage('/search?q=price&w=ws-1');
    await selectLabelled(wrapper, 'Study').setValue('study-1');
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ study: 'study-1' });
    await selectLabelled(wrapper, 'Type').setValue('HIGHLIGHT');
    await flushPromises();
    await selectLabelled(wrapper, 'Code').setValue('code-1');
    await flushPromises();
    expect(api.calls('SearchEverything').at(-1)).toMatchObject({
      studyId: 'study-1',
      sources: ['HIGHLIGHT'],
      codeId: 'code-1',
      after: null,
    });

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'More results')!
      .trigger('click');
    await flushPromises();
    expect(api.calls('SearchEverything').at(-1)).toMatchObject({
      after: 'cursor-1',
      codeId: 'code-1',
    });
    expect(wrapper.findAll('.result')).toHaveLength(3);
    expect(wrapper.findAll('button').some((b) => b.text() === 'More results')).toBe(false);
  });

  it('submits a new query from the search box and explains an empty result', async () => {
    const { wrapper, router, api } = await mountPage('/search?w=ws-1');
    expect(api.calls('SearchEverything')).toHaveLength(0);
    expect(wrapper.text()).toContain('Type what you are looking for');
    await wrapper.get('input[type="search"]').setValue('  refunds ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ q: 'refunds', w: 'ws-1' });
    expect(api.calls('SearchEverything')[0]).toMatchObject({ query: 'refunds' });
  });
});
