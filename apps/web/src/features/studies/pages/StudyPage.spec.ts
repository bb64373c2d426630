// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, ref, type Component } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import { reportTabCount } from '../studyTabCounts';
import StudyPage from './StudyPage.vue';

/** What the personas tab holds right now (the test adds personas as synthesis would). */
const personasOnTab = ref<number | undefined>(undefined);
const PersonasTab: Component = {
  props: ['study'],
  setup(props: Record<string, unknown>) {
    reportTabCount(
      () => (props.study as { id: string }).id,
      'personas',
      () => personasOnTab.value,
    );
    return () => h('p', 'Personas tab');
  },
};
const Blank = { render: () => null };

let overview: { personas: number; codes: number };
let graphql: ReturnType<typeof fakeGraphql>;
const list = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `${prefix} ${i}`,
    status: 'DRAFT',
    category: null,
  }));

beforeEach(() => {
  personasOnTab.value = undefined;
  overview = { personas: 0, codes: 0 };
  graphql = fakeGraphql({
    StudyOverview: ({ id }) => ({
      study: {
        id,
        name: 'Chartwell',
        description: null,
        workspace: { id: 'w-1', name: 'Team', myRole: 'OWNER' },
        surveys: [],
        interviews: [],
        codes: list(overview.codes, 'code'),
        personas: list(overview.personas, 'persona'),
      },
    }),
  });
});
afterEach(() => vi.unstubAllGlobals());

async function mountStudy() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/w/:workspaceId', name: 'workspace', component: Blank },
      {
        path: '/studies/:studyId',
        component: StudyPage,
        props: true,
        children: [
          { path: 'surveys', name: 'study-surveys', component: Blank },
          { path: 'interviews', name: 'study-interviews', component: Blank },
          { path: 'coding', name: 'study-coding', component: Blank },
          { path: 'feedback', name: 'study-feedback', component: Blank },
          { path: 'analytics', name: 'study-analytics', component: Blank },
          { path: 'personas', name: 'study-personas', component: PersonasTab },
        ],
      },
    ],
  });
  await router.push('/studies/st-1/personas');
  await router.isReady();
  const wrapper = mount(
    { render: () => h(RouterView) },
    {
      global: { plugins: [createPinia(), router] },
    },
  );
  await flushPromises();
  return { wrapper, router };
}

const tabText = (wrapper: ReturnType<typeof mount>, label: string) =>
  wrapper
    .findAll('a')
    .find((a) => a.text().startsWith(label))
    ?.text()
    .replace(/\s+/g, ' ');

describe('StudyPage tab counts', () => {
  it('follows the tab on screen as its list changes, without a reload', async () => {
    const { wrapper } = await mountStudy();
    expect(tabText(wrapper, 'Personas')).toBe('Personas 0');
    // Synthesis finished on the personas tab: its list now holds 2.
    personasOnTab.value = 2;
    await flushPromises();
    expect(tabText(wrapper, 'Personas')).toBe('Personas 2');
    expect(graphql.calls('StudyOverview')).toHaveLength(1);
  });

  it('reads the overview again when you switch tabs, so the other counts catch up', async () => {
    const { wrapper, router } = await mountStudy();
    expect(tabText(wrapper, 'Coding')).toBe('Coding 0');
    // Codes were added on the coding tab (or anywhere else) meanwhile.
    overview = { personas: 2, codes: 3 };
    await router.push('/studies/st-1/coding');
    await flushPromises();
    expect(graphql.calls('StudyOverview')).toHaveLength(2);
    expect(tabText(wrapper, 'Coding')).toBe('Coding 3');
    // The personas tab left the screen: its count is the overview's now.
    expect(tabText(wrapper, 'Personas')).toBe('Personas 2');
    // The page stayed on screen through the reload (no loading state in between).
    expect(wrapper.text()).toContain('Chartwell');
  });
});
