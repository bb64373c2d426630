// @vitest-environment jsdom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PersonaMembers from './PersonaMembers.vue';

// The persona page's Members tab: pages of members with their fit and links, against a fake API.

const Blank = { render: () => null };
const member = (i: number) => ({
  id: `p:${i}`,
  label: `P${i}`,
  fit: i === 4 ? null : 1 - i / 10,
  participant: { id: `${i}`, label: `P${i}` },
  responses:
    i === 0
      ? [
          { id: 'r-a', surveyId: 's-1', surveyTitle: 'R use', submittedAt: '2026-01-01T00:00:00Z' },
          { id: 'r-b', surveyId: 's-2', surveyTitle: 'Tools', submittedAt: '2026-01-02T00:00:00Z' },
        ]
      : [],
  interviewIds: i === 0 || i === 3 ? [`int-${i}`] : [],
});
const ALL = [0, 1, 2, 3, 4].map(member);

/** `after` of every members call, in order. */
let afters: (string | null)[] = [];
let members = ALL;

beforeEach(() => {
  afters = [];
  members = ALL;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit = {}) => {
      const { variables } = JSON.parse(String(init.body)) as {
        variables: { id: string; first: number; after: string | null };
      };
      afters.push(variables.after);
      const start = variables.after ? Number(variables.after) : 0;
      const nodes = members.slice(start, start + variables.first);
      const end = start + nodes.length;
      const data = {
        persona: {
          id: variables.id,
          members: {
            totalCount: members.length,
            endCursor: end < members.length ? String(end) : null,
            nodes,
          },
        },
      };
      return new Response(JSON.stringify({ data }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  vi.unstubAllGlobals();
});

async function mountMembers(pageSize = 2) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/surveys/:surveyId/results', name: 'survey-results', component: Blank },
      { path: '/interviews/:interviewId', name: 'interview', component: Blank },
    ],
  });
  await router.push('/');
  wrapper = mount(PersonaMembers, {
    props: { personaId: 'pa', pageSize },
    global: { plugins: [createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const labels = (w: VueWrapper) => w.findAll('[data-testid="member-row"] th').map((th) => th.text());
const button = (w: VueWrapper, text: string) => w.findAll('button').find((b) => b.text() === text)!;

describe('PersonaMembers', () => {
  it('lists a page of members with their fit and links to their responses and interviews', async () => {
    const w = await mountMembers();
    expect(labels(w)).toEqual(['P0', 'P1']);
    const [first] = w.findAll('[data-testid="member-row"]');
    expect(first.text()).toContain('100%');
    expect(first.text()).toContain('2 responses, 1 interview');
    const links = first.findAll('a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toEqual([
      ['R use response 1', '/surveys/s-1/results?persona=pa'],
      ['Tools response 2', '/surveys/s-2/results?persona=pa'],
      ['Interview', '/interviews/int-0'],
    ]);
    expect(w.text()).toContain('1–2 of 5, best fit first');
  });

  it('pages forward with the endCursor and back again', async () => {
    const w = await mountMembers();
    expect(button(w, 'Previous').attributes('disabled')).toBeDefined();
    await button(w, 'Next').trigger('click');
    await flushPromises();
    expect(labels(w)).toEqual(['P2', 'P3']);
    expect(w.text()).toContain('3–4 of 5');
    await button(w, 'Next').trigger('click');
    await flushPromises();
    expect(labels(w)).toEqual(['P4']);
    // An unknown fit shows as a dash, not 0%.
    expect(w.get('.members__fit').text()).toBe('–');
    expect(button(w, 'Next').attributes('disabled')).toBeDefined();
    await button(w, 'Previous').trigger('click');
    await flushPromises();
    expect(labels(w)).toEqual(['P2', 'P3']);
    expect(afters).toEqual([null, '2', '4', '2']);
  });

  it('says when a persona has no members recorded', async () => {
    members = [];
    const w = await mountMembers();
    expect(w.text()).toContain('No members are recorded for this persona');
    expect(w.find('table').exists()).toBe(false);
  });
});
