// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import AnalysisPanel from './AnalysisPanel.vue';

type Q = {
  id: string;
  title: string;
  type: string;
  personaField: string;
  sensitive: boolean;
  sensitiveOptIn: boolean;
};

let stored: Q[];
let role: string;
let api: ReturnType<typeof fakeGraphql>;

const survey = () => ({
  id: 's-1',
  study: { id: 'st-1', workspace: { id: 'w-1', myRole: role } },
  questions: stored.map((q) => ({ ...q })),
});

beforeEach(() => {
  localStorage.clear();
  role = 'RESEARCHER';
  stored = [
    {
      id: 'q1',
      title: 'What slows you down?',
      type: 'LONG_TEXT',
      personaField: 'PAIN_POINT',
      sensitive: false,
      sensitiveOptIn: false,
    },
    {
      id: 'q2',
      title: 'Gender',
      type: 'SINGLE_CHOICE',
      personaField: 'DEMOGRAPHIC',
      sensitive: true,
      sensitiveOptIn: false,
    },
    {
      id: 'q3',
      title: 'Team size',
      type: 'NUMBER',
      personaField: 'DEMOGRAPHIC',
      sensitive: false,
      sensitiveOptIn: false,
    },
  ];
  // The server applies the changes in place, as updateQuestionAnalysis does.
  api = fakeGraphql({
    SurveyAnalysis: () => ({ survey: survey() }),
    UpdateQuestionAnalysis: ({ questions }) => {
      for (const change of questions as ({ questionId: string } & Partial<Q>)[]) {
        const q = stored.find((s) => s.id === change.questionId)!;
        const { questionId: _id, ...set } = change;
        Object.assign(q, set);
      }
      return { updateQuestionAnalysis: survey() };
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountPanel() {
  const wrapper = mount(AnalysisPanel, {
    props: { surveyId: 's-1' },
    global: { plugins: [createPinia()] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountPanel>>;
const item = (wrapper: Wrapper, id: string) => wrapper.get(`[data-testid="analysis-${id}"]`);

describe('AnalysisPanel', () => {
  it('lists every question with its persona field and sensitive flag; opt-in only for sensitive ones', async () => {
    const wrapper = await mountPanel();

    expect(wrapper.findAll('li')).toHaveLength(3);
    expect((item(wrapper, 'q1').get('select').element as HTMLSelectElement).value).toBe(
      'PAIN_POINT',
    );
    expect(item(wrapper, 'q1').find('[data-testid="analysis-opt-in"]').exists()).toBe(false);
    expect(item(wrapper, 'q2').find('[data-testid="analysis-opt-in"]').exists()).toBe(true);
    expect(
      item(wrapper, 'q2')
        .get('select')
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual([
      'Behaviour',
      'Goal',
      'Pain point',
      'Motivation',
      'Attitudes',
      'Profile',
      'Not used',
    ]);
    expect(wrapper.text()).toContain('no new survey version');
    expect(wrapper.get('[data-testid="analysis-save"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('saves only what changed, then Undo puts the earlier settings back', async () => {
    const wrapper = await mountPanel();
    await item(wrapper, 'q1').get('select').setValue('GOAL');
    await item(wrapper, 'q2').get('[data-testid="analysis-opt-in"]').setValue(true);
    await item(wrapper, 'q3').get('[data-testid="analysis-sensitive"]').setValue(true);
    expect(wrapper.text()).toContain('3 questions changed, not saved yet.');

    await wrapper.get('[data-testid="analysis-save"]').trigger('click');
    await flushPromises();
    expect(api.calls('UpdateQuestionAnalysis')).toEqual([
      {
        surveyId: 's-1',
        questions: [
          { questionId: 'q1', personaField: 'GOAL' },
          { questionId: 'q2', sensitiveOptIn: true },
          { questionId: 'q3', sensitive: true },
        ],
      },
    ]);
    expect(wrapper.text()).toContain('Analysis settings of 3 questions saved.');

    await wrapper.get('.toast__action').trigger('click');
    await flushPromises();
    expect(api.calls('UpdateQuestionAnalysis')[1]).toEqual({
      surveyId: 's-1',
      questions: [
        { questionId: 'q1', personaField: 'PAIN_POINT' },
        { questionId: 'q2', sensitiveOptIn: false },
        { questionId: 'q3', sensitive: false },
      ],
    });
    expect((item(wrapper, 'q1').get('select').element as HTMLSelectElement).value).toBe(
      'PAIN_POINT',
    );
    expect(wrapper.find('.toast').exists()).toBe(false);
    wrapper.unmount();
  });

  it('drops the opt-in when a question stops being sensitive', async () => {
    stored[1].sensitiveOptIn = true;
    const wrapper = await mountPanel();
    await item(wrapper, 'q2').get('[data-testid="analysis-sensitive"]').setValue(false);
    expect(item(wrapper, 'q2').find('[data-testid="analysis-opt-in"]').exists()).toBe(false);

    await wrapper.get('[data-testid="analysis-save"]').trigger('click');
    await flushPromises();
    expect(api.calls('UpdateQuestionAnalysis')[0].questions).toEqual([
      { questionId: 'q2', sensitive: false, sensitiveOptIn: false },
    ]);
    wrapper.unmount();
  });

  it('shows the server’s sentence when saving fails, keeping the edits', async () => {
    const wrapper = await mountPanel();
    api = fakeGraphql({
      UpdateQuestionAnalysis: () => ({
        error: {
          code: 'FORBIDDEN',
          message: 'Only owners and researchers can change this survey.',
        },
      }),
    });
    await item(wrapper, 'q1').get('select').setValue('MOTIVATION');
    await wrapper.get('[data-testid="analysis-save"]').trigger('click');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Only owners and researchers can change this survey.',
    );
    expect((item(wrapper, 'q1').get('select').element as HTMLSelectElement).value).toBe(
      'MOTIVATION',
    );
    wrapper.unmount();
  });

  it('is read-only for reviewers', async () => {
    role = 'REVIEWER';
    const wrapper = await mountPanel();
    expect(item(wrapper, 'q1').get('select').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid="analysis-save"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
