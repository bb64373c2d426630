// @vitest-environment jsdom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultsFilter } from '../../../gql/graphql';
import type { DraftQuestion } from '../../surveys/draft';
import ResponsesTable from './ResponsesTable.vue';

const questions = [
  { id: 'role', type: 'SHORT_TEXT', title: 'Role', options: [], rows: [] },
] as unknown as DraftQuestion[];

interface Variables {
  surveyId: string;
  first: number;
  after: string | null;
  filter: ResultsFilter | null;
}

/** Every SurveyResponses request's variables, in order. */
let requests: Variables[] = [];
/** What the fake API answers for a request: row ids, endCursor and totalCount. */
let answer: (v: Variables) => { ids: string[]; endCursor: string | null; total: number };

const row = (id: string) => ({
  id,
  surveyVersion: 1,
  complete: true,
  submittedAt: '2026-01-02T10:00:00.000Z',
  hiddenFields: null,
  answers: [{ questionId: 'role', value: `answer ${id}` }],
});

beforeEach(() => {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Variables;
      };
      if (!query.includes('query SurveyResponses')) throw new Error(`unexpected ${query}`);
      requests.push(variables);
      const { ids, endCursor, total } = answer(variables);
      const data = { responses: { totalCount: total, endCursor, nodes: ids.map(row) } };
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

async function mountTable(filter: ResultsFilter | null) {
  wrapper = mount(ResponsesTable, {
    props: { surveyId: 's-1', questions, filter },
    global: { plugins: [createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const DEVS: ResultsFilter = { where: [{ questionId: 'role', operator: 'EQUALS', value: 'dev' }] };

describe('ResponsesTable', () => {
  it('asks for the responses under the filter the page is showing', async () => {
    answer = () => ({ ids: ['a'], endCursor: null, total: 1 });
    const table = await mountTable(DEVS);
    expect(requests).toEqual([{ surveyId: 's-1', first: 20, after: null, filter: DEVS }]);
    expect(table.text()).toContain('answer a');
    expect(table.text()).toContain('1–1 of 1 matching, newest first');
  });

  it('goes back to the first page when the filter changes', async () => {
    answer = (v) =>
      v.after === null
        ? { ids: ['a', 'b'], endCursor: 'c1', total: 40 }
        : { ids: ['c'], endCursor: null, total: 40 };
    const table = await mountTable(null);
    await table.get('button:not([disabled])').trigger('click');
    await flushPromises();
    expect(requests.at(-1)).toMatchObject({ after: 'c1', filter: null });
    expect(table.text()).toContain('21–21 of 40, newest first');

    answer = () => ({ ids: ['d'], endCursor: null, total: 1 });
    const complete: ResultsFilter = { completeOnly: true };
    await table.setProps({ filter: complete });
    await flushPromises();
    expect(requests.slice(2)).toEqual([
      { surveyId: 's-1', first: 20, after: null, filter: complete },
    ]);
    expect(table.text()).toContain('1–1 of 1 matching, newest first');
    expect(table.text()).toContain('answer d');
    const previous = table.findAll('button').find((b) => b.text() === 'Previous');
    expect(previous?.attributes('disabled')).toBeDefined();
  });

  it('tells "nothing matches" apart from "nothing yet"', async () => {
    answer = () => ({ ids: [], endCursor: null, total: 0 });
    const filtered = await mountTable(DEVS);
    expect(filtered.text()).toContain('No responses match these filters.');
    expect(filtered.text()).not.toContain('No responses yet.');
    await filtered.setProps({ filter: null });
    await flushPromises();
    expect(filtered.text()).toContain('No responses yet.');
    expect(filtered.text()).not.toContain('match these filters');
  });
});
