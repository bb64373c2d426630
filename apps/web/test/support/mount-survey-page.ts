import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { defineComponent, h, type Component } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';

const Blank = { render: () => null };

/**
 * Mounts a survey page (builder or results) at `/surveys/s-1/<segment>` with a real router, Pinia
 * and the named routes the survey pages link to stubbed out; resolves once the page has loaded.
 */
export async function mountSurveyPage(page: Component, segment: 'edit' | 'results') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: `/surveys/:surveyId/${segment}`, component: page, props: true },
      segment === 'edit'
        ? { path: '/surveys/:surveyId/results', name: 'survey-results', component: Blank }
        : { path: '/surveys/:surveyId/edit', name: 'survey-edit', component: Blank },
      { path: '/studies/:studyId/surveys', name: 'study-surveys', component: Blank },
      { path: '/surveys/:surveyId/invitations', name: 'survey-invitations', component: Blank },
      { path: '/:rest(.*)*', component: Blank },
    ],
  });
  await router.push(`/surveys/s-1/${segment}`);
  await router.isReady();
  const App = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(App, {
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}
