// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../test/support/fake-graphql';
import { useWorkspaceStore } from '../stores/workspace';
import { useOnScreenWorkspace } from './onScreenWorkspace';

const Blank = { render: () => null };
const Shell = defineComponent({
  setup() {
    useOnScreenWorkspace();
    return () => h(RouterView);
  },
});

const inWorkspace = (workspaceId: string) => ({
  study: { id: 'st', workspace: { id: workspaceId } },
});
let graphql: ReturnType<typeof fakeGraphql>;

beforeEach(() => {
  localStorage.clear();
  graphql = fakeGraphql({
    PersonaWorkspace: ({ id }) => ({
      persona: { id, ...inWorkspace(id === 'p-2' ? 'w-2' : 'w-1') },
    }),
    SurveyWorkspace: ({ id }) => ({ survey: { id, ...inWorkspace('w-3') } }),
    InterviewWorkspace: ({ id }) => ({ interview: { id, ...inWorkspace('w-2') } }),
    StudyWorkspace: ({ id }) => ({ study: { id, workspace: { id: 'w-4' } } }),
  });
});
afterEach(() => vi.unstubAllGlobals());

async function mountAt(path: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/account', component: Blank },
      { path: '/w/:workspaceId', component: Blank },
      { path: '/studies/:studyId', component: Blank },
      { path: '/personas/:personaId', component: Blank },
      { path: '/surveys/:surveyId/results', component: Blank },
      { path: '/interviews/:interviewId', component: Blank },
    ],
  });
  await router.push(path);
  await router.isReady();
  mount(Shell, { global: { plugins: [pinia, router] } });
  await flushPromises();
  return { router, store: useWorkspaceStore() };
}

describe('useOnScreenWorkspace', () => {
  it('shows the workspace of a persona page, which has no workspace in its URL', async () => {
    const { store } = await mountAt('/personas/p-2');
    expect(store.currentId).toBe('w-2');
  });

  it('follows navigation: a survey, an interview, a workspace, and leaves it alone on the account page', async () => {
    const { router, store } = await mountAt('/surveys/s-1/results');
    expect(store.currentId).toBe('w-3');
    await router.push('/interviews/i-1');
    await flushPromises();
    expect(store.currentId).toBe('w-2');
    await router.push('/w/w-9');
    await flushPromises();
    expect(store.currentId).toBe('w-9');
    await router.push('/account');
    await flushPromises();
    expect(store.currentId).toBe('w-9');
  });

  it("finds a study's workspace in the switcher's own list without asking, and asks otherwise", async () => {
    const { router, store } = await mountAt('/account');
    store.workspaces = [
      { id: 'w-5', name: 'Five', studies: [{ id: 'st-5' }], members: [] },
    ] as unknown as typeof store.workspaces;
    await router.push('/studies/st-5');
    await flushPromises();
    expect(store.currentId).toBe('w-5');
    expect(graphql.calls('StudyWorkspace')).toEqual([]);
    await router.push('/studies/st-other');
    await flushPromises();
    expect(store.currentId).toBe('w-4');
    expect(graphql.calls('StudyWorkspace')).toEqual([{ id: 'st-other' }]);
  });

  it('asks once per thing: going back to a persona needs no second request', async () => {
    const { router } = await mountAt('/personas/p-1');
    await router.push('/account');
    await router.push('/personas/p-1');
    await flushPromises();
    expect(graphql.calls('PersonaWorkspace')).toHaveLength(1);
  });

  it('keeps the last workspace when the lookup fails or the thing is not visible', async () => {
    vi.unstubAllGlobals();
    fakeGraphql({
      PersonaWorkspace: () => ({ persona: null }),
      SurveyWorkspace: () => ({ error: { message: 'Not found', code: 'NOT_FOUND' } }),
    });
    const { router, store } = await mountAt('/w/w-1');
    await router.push('/personas/p-gone');
    await flushPromises();
    expect(store.currentId).toBe('w-1');
    await router.push('/surveys/s-gone/results');
    await flushPromises();
    expect(store.currentId).toBe('w-1');
  });
});
