// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountSurveyPage } from '../../../../test/support/mount-survey-page';
import SurveyBuilderPage from './SurveyBuilderPage.vue';

const question = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'SHORT_TEXT',
  title,
  description: null,
  required: false,
  options: null,
  rows: null,
  min: null,
  max: null,
  minLabel: null,
  maxLabel: null,
  showIf: null,
  personaField: 'NONE',
  ...extra,
});

const survey = {
  id: 's-1',
  title: 'Team survey',
  description: null,
  status: 'DRAFT',
  slug: 'team',
  version: 1,
  anonymous: false,
  closesAt: null,
  responseLimit: null,
  oneQuestionPerScreen: true,
  hasUnpublishedChanges: false,
  responseCount: 0,
  completeCount: 0,
  study: { id: 'st-1', name: 'Study', workspace: { id: 'w-1', myRole: 'RESEARCHER' } },
  questions: [
    question('q1', 'Role', {
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'a', label: 'Designer' },
        { id: 'b', label: 'Developer' },
      ],
    }),
    question('q2', 'Team size', { type: 'NUMBER' }),
    question('q3', 'Anything else?'),
    question('q4', 'Last words'),
  ],
};

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(String(init.body)) as { query: string };
      const data = query.includes('query SurveyEditor') ? { survey } : { invitations: [] };
      return new Response(JSON.stringify({ data }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const mountBuilder = () => mountSurveyPage(SurveyBuilderPage, 'edit');

type Wrapper = Awaited<ReturnType<typeof mountBuilder>>;

/** The questions the "Show if" select of the card for `questionId` offers. */
function logicChoices(wrapper: Wrapper, questionId: string): string[] | null {
  const card = wrapper.get(`section[data-question-id="${questionId}"]`);
  const select = card.find('select[data-testid="condition-question"]');
  if (!select.exists()) return null;
  return select
    .findAll('option')
    .filter((o) => o.attributes('value') !== '')
    .map((o) => o.text());
}

describe('SurveyBuilderPage logic editor', () => {
  it('offers only the questions before the one being edited', async () => {
    const wrapper = await mountBuilder();

    expect(logicChoices(wrapper, 'q1')).toBeNull();
    expect(logicChoices(wrapper, 'q2')).toEqual(['1. Role']);
    expect(logicChoices(wrapper, 'q3')).toEqual(['1. Role', '2. Team size']);
    expect(logicChoices(wrapper, 'q4')).toEqual(['1. Role', '2. Team size', '3. Anything else?']);
    wrapper.unmount();
  });

  it('follows a reorder made with the keyboard and fits the value input to the source question', async () => {
    const wrapper = await mountBuilder();

    await wrapper.get('section[data-question-id="q3"] input').trigger('keydown', {
      key: 'ArrowUp',
      altKey: true,
    });
    await flushPromises();
    expect(logicChoices(wrapper, 'q3')).toEqual(['1. Role']);
    expect(logicChoices(wrapper, 'q2')).toEqual(['1. Role', '2. Anything else?']);

    const card = wrapper.get('section[data-question-id="q4"]');
    await card.get('select[data-testid="condition-question"]').setValue('q1');
    const selects = card.findAll('.condition select');
    expect(selects.map((s) => s.findAll('option').map((o) => o.text()))).toContainEqual([
      'Designer',
      'Developer',
    ]);
    expect(card.text()).toContain('Show if "Role" is "Designer"');

    await card.get('select[data-testid="condition-question"]').setValue('q2');
    expect(card.find('.condition input[type="number"]').exists()).toBe(true);
    expect(card.text()).toContain('Show if "Team size"');
    wrapper.unmount();
  });
});

describe('SurveyBuilderPage leaving with unsaved changes', () => {
  it('asks in the app’s dialog (never window.confirm): Stay keeps the page, Leave goes', async () => {
    const browserConfirm = vi.fn(() => true);
    vi.stubGlobal('confirm', browserConfirm);
    const wrapper = await mountBuilder();
    const router = wrapper.vm.$router;
    await wrapper.get('section[data-question-id="q3"] input').setValue('Anything more?');
    await flushPromises();

    void router.push('/studies/st-1/surveys');
    await flushPromises();
    const dialog = () => wrapper.find('[data-testid="confirm-dialog"]');
    expect(dialog().text()).toContain('Leave without saving?');
    await dialog()
      .findAll('button')
      .find((b) => b.text() === 'Stay and keep editing')!
      .trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/surveys/s-1/edit');
    expect(dialog().exists()).toBe(false);

    void router.push('/studies/st-1/surveys');
    await flushPromises();
    await dialog()
      .findAll('button')
      .find((b) => b.text() === 'Leave without saving')!
      .trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/studies/st-1/surveys');
    expect(browserConfirm).not.toHaveBeenCalled();
    wrapper.unmount();
  });
});
