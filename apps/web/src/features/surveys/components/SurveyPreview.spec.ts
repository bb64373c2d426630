// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { newQuestion } from '../draft';
import SurveyPreview from './SurveyPreview.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const questions = ['First?', 'Second?', 'Third?'].map((title, i) =>
  newQuestion('SHORT_TEXT', [`q${i}`], title),
);
const survey = { title: 'T', description: '', questions, oneQuestionPerScreen: true };

describe('SurveyPreview', () => {
  it('follows the question being edited: opens its screen, and follows the next one', async () => {
    const wrapper = mount(SurveyPreview, { props: { survey }, attachTo: document.body });
    await flushPromises();
    expect(wrapper.text()).toContain('First?');
    await wrapper.setProps({ focusId: questions[2].id });
    await flushPromises();
    expect(wrapper.text()).toContain('Third?');
    expect(wrapper.text()).not.toContain('First?');
    expect(wrapper.get('.preview__frame').attributes('data-showing')).toBe(questions[2].id);
    await wrapper.setProps({ focusId: questions[1].id });
    await flushPromises();
    expect(wrapper.text()).toContain('Second?');
    expect(wrapper.get('.preview__frame').attributes('data-showing')).toBe(questions[1].id);
  });

  it('on one page, marks the question it scrolled to', async () => {
    const wrapper = mount(SurveyPreview, {
      props: { survey: { ...survey, oneQuestionPerScreen: false } },
      attachTo: document.body,
    });
    await wrapper.setProps({ focusId: questions[1].id });
    await flushPromises();
    expect(wrapper.text()).toContain('First?');
    expect(wrapper.get('.preview__frame').attributes('data-showing')).toBe(questions[1].id);
  });
});
