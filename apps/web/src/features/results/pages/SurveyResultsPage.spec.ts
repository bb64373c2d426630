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

/** The export requests the page made (everything but GraphQL). */
let exports: { url: string; headers: Record<string, string> }[] = [];
/** What the fake API answers an export with. */
let exportAnswer: () => Response;

beforeEach(() => {
  exports = [];
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
          ? { surveyResults: { responseCount: 3, completeCount: 2, questions: [] } }
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
  it('exports everything, with no filter parameter, while no filter is applied', async () => {
    const w = await mountPage();
    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    expect(exports.map((e) => e.url)).toEqual(['/api/surveys/s-1/responses.csv']);
    expect(vi.mocked(saveBlob).mock.calls.map(([, name]) => name)).toEqual(['from-server.csv']);
  });

  it('sends the filters in force as JSON in ?filter=, for CSV and JSON', async () => {
    const w = await mountPage();
    const form = w.get('form.filters');
    await form.get('select').setValue('true');
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

    // Clearing the filters exports everything again.
    await button(w, 'Clear filters').trigger('click');
    await flushPromises();
    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    expect(exports[2].url).toBe('/api/surveys/s-1/responses.csv');
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
