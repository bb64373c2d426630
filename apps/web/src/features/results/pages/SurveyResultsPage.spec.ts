// @vitest-environment jsdom
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveBlob } from '../../../utils/links';
import { mountSurveyPage } from '../../../../test/support/mount-survey-page';
import SurveyResultsPage from './SurveyResultsPage.vue';

// jsdom has no object URLs and does not download: record what would be saved instead.
vi.mock('../../../utils/links', async (original) => ({
  ...(await original<typeof import('../../../utils/links')>()),
  saveBlob: vi.fn(),
}));

const survey = {
  id: 's-1',
  title: 'Team survey',
  description: null,
  status: 'OPEN',
  slug: 'team',
  version: 1,
  anonymous: false,
  closesAt: null,
  responseLimit: null,
  oneQuestionPerScreen: false,
  hasUnpublishedChanges: false,
  responseCount: 3,
  completeCount: 2,
  study: { id: 'st-1', name: 'Study', workspace: { id: 'w-1', myRole: 'RESEARCHER' } },
  questions: [
    {
      id: 'role',
      type: 'SINGLE_CHOICE',
      title: 'Role',
      description: null,
      required: false,
      options: [
        { id: 'dev', label: 'Developer' },
        { id: 'pm', label: 'PM' },
      ],
      rows: null,
      min: null,
      max: null,
      minLabel: null,
      maxLabel: null,
      showIf: null,
      personaField: 'NONE',
    },
  ],
};

/** The filters the page asked surveyResults for, in order. */
let resultsFilters: unknown[] = [];

/** Two complete responses and one partial; a Role option removed in version 2 still counts. */
function resultsAnswer(filter: { completeOnly?: boolean } | null) {
  resultsFilters.push(filter);
  const complete = filter?.completeOnly === true;
  return {
    responseCount: complete ? 2 : 3,
    completeCount: 2,
    partialCount: 1,
    questions: [
      {
        questionId: 'role',
        answered: complete ? 2 : 3,
        mean: null,
        median: null,
        nps: null,
        texts: null,
        choices: [
          { choiceId: 'dev', label: 'Developer', count: 1, share: complete ? 0.5 : 1 / 3 },
          { choiceId: 'pm', label: 'PM', count: complete ? 0 : 1, share: complete ? 0 : 1 / 3 },
          {
            choiceId: 'xl',
            label: 'Tester (removed in v2)',
            count: 1,
            share: complete ? 0.5 : 1 / 3,
          },
        ],
      },
    ],
  };
}

/** The export requests the page made (everything but GraphQL). */
let exports: { url: string; headers: Record<string, string> }[] = [];
/** What the fake API answers an export with. */
let exportAnswer: () => Response;

beforeEach(() => {
  exports = [];
  resultsFilters = [];
  exportAnswer = () =>
    new Response('response_id\n', {
      headers: { 'Content-Disposition': 'attachment; filename="from-server.csv"' },
    });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (!url.endsWith('/graphql')) {
        exports.push({ url, headers: (init.headers ?? {}) as Record<string, string> });
        return exportAnswer();
      }
      const { query } = JSON.parse(String(init.body)) as { query: string };
      const data = query.includes('query SurveyEditor')
        ? { survey }
        : query.includes('query SurveyResults')
          ? { surveyResults: resultsAnswer(JSON.parse(String(init.body)).variables.filter) }
          : { responses: { totalCount: 0, endCursor: null, nodes: [] } };
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
  vi.mocked(saveBlob).mockClear();
  document.body.innerHTML = '';
});

async function mountPage() {
  wrapper = await mountSurveyPage(SurveyResultsPage, 'results');
  return wrapper;
}

const button = (w: VueWrapper, text: string) => {
  const found = w.findAll('button').find((b) => b.text() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** The `filter` query parameter of an export URL, parsed; null when there is none. */
function filterOf(url: string): unknown {
  const raw = new URL(url, 'http://localhost').searchParams.get('filter');
  return raw === null ? null : JSON.parse(raw);
}

describe('SurveyResultsPage exports', () => {
  it('exports what the page shows: complete responses by default, everything once partial ones are included', async () => {
    const w = await mountPage();
    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    expect(exports.map((e) => filterOf(e.url))).toEqual([{ completeOnly: true }]);
    expect(vi.mocked(saveBlob).mock.calls.map(([, name]) => name)).toEqual(['from-server.csv']);
    await w.get('.results__partial input').setValue(true);
    await flushPromises();
    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    expect(exports[1].url).toBe('/api/surveys/s-1/responses.csv');
  });

  it('sends the filters in force as JSON in ?filter=, for CSV and JSON', async () => {
    const w = await mountPage();
    const form = w.get('form.filters');
    await form.get('select').setValue('1');
    await form.findAll('input[type="date"]')[0].setValue('2026-01-05');
    await button(w, '+ Add answer condition').trigger('click');
    await form.trigger('submit');
    await flushPromises();

    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    await button(w, 'Export JSON').trigger('click');
    await flushPromises();

    const expected = {
      completeOnly: true,
      surveyVersion: 1,
      submittedAfter: new Date(2026, 0, 5).toISOString(),
      where: [expect.objectContaining({ questionId: 'role' })],
    };
    expect(exports.map((e) => new URL(e.url, 'http://localhost').pathname)).toEqual([
      '/api/surveys/s-1/responses.csv',
      '/api/surveys/s-1/responses.json',
    ]);
    expect(exports.map((e) => filterOf(e.url))).toEqual([expected, expected]);
    // Encoded as one query parameter: nothing of the JSON is left raw in the URL.
    expect(exports[0].url).not.toMatch(/[{}"]/);

    // Clearing the filters goes back to the page's default: complete responses of every version.
    await button(w, 'Clear filters').trigger('click');
    await flushPromises();
    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    expect(filterOf(exports[2].url)).toEqual({ completeOnly: true });
  });

  it("shows the server's sentence when it refuses an export", async () => {
    exportAnswer = () =>
      new Response(
        JSON.stringify({
          error: {
            code: 'BAD_USER_INPUT',
            message: 'Use at most 20 answer conditions in a filter.',
          },
        }),
        { status: 400, headers: { 'Content-Type': 'application/json' } },
      );
    const w = await mountPage();
    await button(w, 'Export JSON').trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Export failed');
    expect(w.text()).toContain('Use at most 20 answer conditions in a filter.');
    expect(button(w, 'Export JSON').attributes('disabled')).toBeUndefined();
    expect(saveBlob).not.toHaveBeenCalled();
  });
});

describe('SurveyResultsPage partial responses and versions', () => {
  it('leaves partial responses out by default and includes them with one toggle', async () => {
    const w = await mountPage();
    expect(resultsFilters).toEqual([{ completeOnly: true }]);
    const toggle = w.get('.results__partial');
    expect(toggle.text()).toBe('Include 1 partial response');
    expect((toggle.get('input').element as HTMLInputElement).checked).toBe(false);
    expect(w.get('.results__counts').text()).toMatch(/Responses\s*2\s*Complete\s*2/);
    // Not a filter the researcher set: no "filtered" note.
    expect(w.text()).not.toContain('filtered, of');

    await toggle.get('input').setValue(true);
    await flushPromises();
    expect(resultsFilters.at(-1)).toBeNull();
    expect(w.get('.results__counts').text()).toMatch(/Responses\s*3\s*Complete\s*2/);
    expect(w.get('.results__partial').text()).toBe('Include 1 partial response');
  });

  it('offers every published version in the filter, all by default', async () => {
    const w = await mountPage();
    const select = w.get('form.filters select');
    expect(select.findAll('option').map((o) => o.text())).toEqual(['All versions', 'Version 1']);
  });

  it('draws a bar for an option a later version removed, with its label from the results', async () => {
    const w = await mountPage();
    const labels = w.findAll('.bars__label').map((l) => l.text());
    expect(labels).toEqual(['Developer', 'PM', 'Tester (removed in v2)']);
    expect(w.text()).toContain('2 answers');
  });
});

describe('SurveyResultsPage responses table under the default filter', () => {
  it('does not call complete responses "matching" when no filter was set', async () => {
    const w = await mountPage();
    // The fake API has no responses to list: the table says so plainly, not "match these filters".
    expect(w.get('.results__table').text()).toContain('No responses yet.');
    expect(w.get('.results__table').text()).not.toContain('match these filters');
  });
});
