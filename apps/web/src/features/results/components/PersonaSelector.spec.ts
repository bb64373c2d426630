// @vitest-environment jsdom
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Router } from 'vue-router';
import SurveyResultsPage from '../pages/SurveyResultsPage.vue';
import { saveBlob } from '../../../utils/links';
import { mountSurveyPage } from '../../../../test/support/mount-survey-page';

// The persona selector and the "Compare personas" view of the results page, against a fake API.

vi.mock('../../../utils/links', async (original) => ({
  ...(await original<typeof import('../../../utils/links')>()),
  saveBlob: vi.fn(),
}));

const question = (id: string, title: string, options: [string, string][]) => ({
  id,
  type: 'SINGLE_CHOICE',
  title,
  description: null,
  required: false,
  options: options.map(([oid, label]) => ({ id: oid, label })),
  rows: null,
  min: null,
  max: null,
  minLabel: null,
  maxLabel: null,
  showIf: null,
  personaField: 'BEHAVIOR',
});
const survey = {
  id: 's-1',
  title: 'R use',
  description: null,
  status: 'OPEN',
  slug: 'r-use',
  version: 1,
  anonymous: false,
  closesAt: null,
  responseLimit: null,
  oneQuestionPerScreen: false,
  hasUnpublishedChanges: false,
  responseCount: 10,
  completeCount: 10,
  study: { id: 'st-1', name: 'Study', workspace: { id: 'w-1', myRole: 'RESEARCHER' } },
  questions: [
    question('freq', 'How often do you use R?', [
      ['daily', 'Daily'],
      ['never', 'Never'],
    ]),
  ],
};
const personas = [
  { id: 'pa', name: 'Daily analyst', status: 'DRAFT', segmentShare: 0.6 },
  { id: 'pb', name: 'Occasional user', status: 'APPROVED', segmentShare: 0.3 },
  { id: 'px', name: 'Old one', status: 'ARCHIVED', segmentShare: 0.1 },
];
/** freq counts per persona id ('' = everyone). */
const COUNTS: Record<string, { daily: number; never: number }> = {
  '': { daily: 6, never: 4 },
  pa: { daily: 5, never: 1 },
  pb: { daily: 1, never: 2 },
};
const results = (personaId: string) => {
  const c = COUNTS[personaId];
  const answered = c.daily + c.never;
  return {
    responseCount: answered,
    completeCount: answered,
    questions: [
      {
        questionId: 'freq',
        answered,
        mean: null,
        median: null,
        nps: null,
        texts: null,
        choices: (['daily', 'never'] as const).map((id) => ({
          choiceId: id,
          label: id === 'daily' ? 'Daily' : 'Never',
          count: c[id],
          share: c[id] / answered,
        })),
      },
    ],
  };
};

/** Every GraphQL call: the operation name and its variables. */
let calls: { op: string; variables: Record<string, any> }[] = [];
let exports: string[] = [];

beforeEach(() => {
  calls = [];
  exports = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (!url.endsWith('/graphql')) {
        exports.push(url);
        return new Response('response_id\n', {
          headers: { 'Content-Disposition': 'attachment; filename="x.csv"' },
        });
      }
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, any>;
      };
      const op = /(?:query|mutation) (\w+)/.exec(query)![1];
      calls.push({ op, variables });
      const data =
        op === 'SurveyEditor'
          ? { survey }
          : op === 'StudyPersonaChoices'
            ? { study: { id: 'st-1', personas } }
            : op === 'SurveyResults'
              ? { surveyResults: results(variables.filter?.personaId ?? '') }
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

const selectorOf = (w: VueWrapper) => {
  const label = w.findAll('label').find((l) => l.text() === 'Respondents');
  if (!label) throw new Error('no persona selector');
  return w.get(`#${label.attributes('for')}`);
};
const button = (w: VueWrapper, text: string) => {
  const found = w.findAll('button').find((b) => b.text() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const lastCall = (op: string) => calls.filter((c) => c.op === op).at(-1)!;
const routerOf = (w: VueWrapper) => (w.vm as unknown as { $router: Router }).$router;

describe('persona selector on the results page', () => {
  it('offers every respondent and each live persona of the study with its share', async () => {
    wrapper = await mountSurveyPage(SurveyResultsPage, 'results');
    const options = selectorOf(wrapper).findAll('option');
    expect(options.map((o) => o.text())).toEqual([
      'All respondents',
      'Daily analyst (60% of participants)',
      'Occasional user (30% of participants)',
    ]);
    expect(lastCall('StudyPersonaChoices').variables).toEqual({ studyId: 'st-1' });
  });

  it('cuts results, responses and exports by the chosen persona and keeps it in the URL', async () => {
    const w = (wrapper = await mountSurveyPage(SurveyResultsPage, 'results'));
    await selectorOf(w).setValue('pa');
    await flushPromises();
    expect(routerOf(w).currentRoute.value.query.persona).toBe('pa');
    // The page's default leaves partial responses out; the persona cut comes on top.
    expect(lastCall('SurveyResults').variables.filter).toEqual({
      completeOnly: true,
      personaId: 'pa',
    });
    expect(lastCall('SurveyResponses').variables.filter).toEqual({
      completeOnly: true,
      personaId: 'pa',
    });
    expect(w.text()).toContain('filtered, of 10 in all');

    await button(w, 'Export CSV').trigger('click');
    await flushPromises();
    const filter = new URL(exports[0], 'http://localhost').searchParams.get('filter');
    expect(JSON.parse(filter!)).toEqual({ completeOnly: true, personaId: 'pa' });

    // Back to everyone: the cut leaves the URL and the queries.
    await selectorOf(w).setValue('');
    await flushPromises();
    expect(routerOf(w).currentRoute.value.query.persona).toBeUndefined();
    expect(lastCall('SurveyResults').variables.filter).toEqual({ completeOnly: true });
  });

  it('reads the persona from the URL, so a shared link opens the same cut', async () => {
    const w = (wrapper = await mountSurveyPage(SurveyResultsPage, 'results'));
    await routerOf(w).replace({ query: { persona: 'pb' } });
    await flushPromises();
    expect((selectorOf(w).element as HTMLSelectElement).value).toBe('pb');
    expect(lastCall('SurveyResults').variables.filter).toEqual({
      completeOnly: true,
      personaId: 'pb',
    });
  });
});

describe('Compare personas', () => {
  it('tabulates each answer per persona and for the whole study, the top persona in bold', async () => {
    const w = (wrapper = await mountSurveyPage(SurveyResultsPage, 'results'));
    await button(w, 'Compare personas').trigger('click');
    await flushPromises();
    expect(routerOf(w).currentRoute.value.query.view).toBe('compare');
    const table = w.get('[data-testid="cross-tab"]');
    expect(table.get('caption').text()).toBe('How often do you use R?');
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Answer',
      'Daily analyst n = 6',
      'Occasional user n = 3',
      'Whole study n = 10',
    ]);
    const rows = table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual([
      ['Daily', '83%', '33%', '60%'],
      ['Never', '17%', '67%', '40%'],
    ]);
    const bold = table.findAll('tbody strong').map((s) => s.text());
    expect(bold).toEqual(['83%', '67%']);
    // One results query per persona (archived left out) and one for everyone.
    const personaIds = calls
      .filter((c) => c.op === 'SurveyResults')
      .map((c) => c.variables.filter?.personaId ?? null);
    expect(personaIds).toEqual(expect.arrayContaining(['pa', 'pb', null]));
    expect(personaIds).not.toContain('px');
  });
});
