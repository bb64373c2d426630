// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { QUESTION_TYPES } from '@persona-lab/survey-logic';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { DraftQuestion } from '../draft';
import QuestionList from './QuestionList.vue';
import QuestionTypeMenu from './QuestionTypeMenu.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const mountMenu = () => mount(QuestionTypeMenu, { attachTo: document.body });

describe('QuestionTypeMenu', () => {
  it('shows every type as a card with an icon, its name and one line', () => {
    const wrapper = mountMenu();
    const cards = wrapper.findAll('[role="menuitem"]');
    expect(cards.map((c) => c.attributes('data-type'))).toEqual([...QUESTION_TYPES]);
    const nps = wrapper.get('[data-type="NPS"]');
    expect(nps.get('.type-menu__icon').attributes('aria-hidden')).toBe('true');
    expect(nps.get('.type-menu__name').text()).toBe('NPS');
    expect(nps.get('.type-menu__help').text()).toMatch(/recommend/);
  });

  it('is keyboard-accessible: focus starts on the first card, arrows/Home/End move, Escape closes', async () => {
    const wrapper = mountMenu();
    const focused = () => (document.activeElement as HTMLElement).dataset.type;
    expect(focused()).toBe('SHORT_TEXT');
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowDown' });
    expect(focused()).toBe('LONG_TEXT');
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowLeft' });
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowLeft' });
    expect(focused()).toBe('MATRIX');
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Home' });
    expect(focused()).toBe('SHORT_TEXT');
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'End' });
    expect(focused()).toBe('MATRIX');
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('close')).toHaveLength(1);
    await wrapper.get('[data-type="RATING"]').trigger('click');
    expect(wrapper.emitted('pick')).toEqual([['RATING']]);
  });

  it('in the question list: "Add question" opens the menu; picking a card adds that type', async () => {
    const questions = ref<DraftQuestion[]>([]);
    const Host = defineComponent(
      () => () =>
        h(QuestionList, {
          modelValue: questions.value,
          'onUpdate:modelValue': (v: DraftQuestion[]) => (questions.value = v),
          issues: new Map(),
        }),
    );
    const wrapper = mount(Host, { attachTo: document.body });
    const add = wrapper.findAll('button').find((b) => b.text() === 'Add question')!;
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
    await add.trigger('click');
    expect(add.attributes('aria-expanded')).toBe('true');
    await wrapper.get('[data-type="LIKERT"]').trigger('click');
    expect(questions.value.map((q) => q.type)).toEqual(['LIKERT']);
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
  });
});
