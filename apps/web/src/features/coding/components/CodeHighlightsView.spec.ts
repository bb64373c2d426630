// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import CodeHighlightsView from './CodeHighlightsView.vue';
import type { CodeItem } from '../api/highlights';

// Issue 16 item 11: "N highlights" opens a paged list of the code's highlights, each linking to its passage.
const PERSON = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
const code = {
  id: 'c1',
  name: 'Slow',
  description: null,
  category: 'PAIN_POINT',
  highlightCount: 27,
  parent: null,
} as CodeItem;
const turn = (n: number) => ({
  id: `h${n}`,
  text: `quote ${n}`,
  status: n === 2 ? 'SUGGESTED' : 'ACCEPTED',
  coder: n === 2 ? 'offline-coder' : PERSON,
  confidence: n === 2 ? 0.83 : null,
  source: { type: 'TRANSCRIPT_SEGMENT', segmentId: `seg-${n}`, responseId: null, questionId: null },
  place: { label: `Call with Sam, turn ${n}`, interviewId: 'iv-1', surveyId: null, speaker: 'Sam' },
});
const answer = {
  id: 'h-ans',
  text: 'exports time out',
  status: 'ACCEPTED',
  coder: PERSON,
  confidence: null,
  source: { type: 'SURVEY_ANSWER', segmentId: null, responseId: 'r-9', questionId: 'why' },
  place: { label: 'Pulse: “Why?”', interviewId: null, surveyId: 'sv-1', speaker: null },
};
const all = [...Array.from({ length: 26 }, (_, i) => turn(i + 1)), answer];
let calls: { op: string; variables: Record<string, any> }[];

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body));
      const op = /query (\w+)/.exec(query)![1];
      calls.push({ op, variables });
      const data =
        op === 'CodeHighlightsPage'
          ? {
              codeHighlights: {
                totalCount: all.length,
                nodes: all.slice(variables.offset, variables.offset + variables.first),
              },
            }
          : {
              study: {
                id: 's-1',
                workspace: { id: 'w', members: [{ user: { id: PERSON, name: 'Rae Researcher' } }] },
              },
            };
      return new Response(JSON.stringify({ data }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

async function render(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:studyId/coding', name: 'study-coding', component: { template: '<div/>' } },
      { path: '/interviews/:interviewId', name: 'interview', component: { template: '<div/>' } },
    ],
  });
  await router.push(path);
  const wrapper = mount(CodeHighlightsView, {
    props: { studyId: 's-1', codeId: 'c1', codes: [code] },
    global: { plugins: [router] },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('CodeHighlightsView', () => {
  it('lists a page of the code’s highlights: quote, where, who, status, each linking to its passage', async () => {
    const { wrapper } = await render('/studies/s-1/coding?code=c1');
    expect(calls[0]).toEqual({
      op: 'CodeHighlightsPage',
      variables: { codeId: 'c1', first: 25, offset: 0 },
    });
    expect(wrapper.text()).toContain('Highlights of “Slow”');
    const items = wrapper.findAll('[data-testid^="code-highlight-h"]');
    expect(items).toHaveLength(25);
    const first = items[0];
    expect(first.text()).toContain('“quote 1”');
    expect(first.text()).toContain('Call with Sam, turn 1');
    expect(first.text()).toContain('coded by Rae Researcher');
    expect(first.text()).toContain('Accepted');
    expect(first.find('a').attributes('href')).toBe('/interviews/iv-1?segment=seg-1');
    expect(items[1].text()).toContain('coded by Built-in coder');
    expect(items[1].text()).toMatch(/Suggested\s*· 83%/);
    expect(wrapper.text()).toContain('1–25 of 27');
  });

  it('pages with the URL (?page=2), and an answer links to the answers view at that answer', async () => {
    const { wrapper, router } = await render('/studies/s-1/coding?code=c1');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next')!
      .trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ code: 'c1', page: '2' });
    expect(calls.at(-1)!.variables).toEqual({ codeId: 'c1', first: 25, offset: 25 });
    const items = wrapper.findAll('[data-testid^="code-highlight-h"]');
    expect(items).toHaveLength(2);
    expect(items[1].text()).toContain('Pulse: “Why?”');
    expect(items[1].find('a').attributes('href')).toBe(
      '/studies/s-1/coding?view=answers&survey=sv-1&question=why&response=r-9',
    );
    expect(wrapper.text()).toContain('26–27 of 27');
  });
});
