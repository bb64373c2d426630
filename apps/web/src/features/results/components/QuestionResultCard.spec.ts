// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { DraftQuestion } from '../../surveys/draft';
import QuestionResultCard from './QuestionResultCard.vue';

// Issue 16, bug 2: answers to what a later version removed still have bars, under the label the
// results give them ("… (removed in v2)").

const result = (choices: { choiceId: string; label: string; count: number }[]) => ({
  questionId: 'q',
  answered: 4,
  mean: null,
  median: null,
  nps: null,
  texts: null,
  choices: choices.map((c) => ({ ...c, share: c.count / 4 })),
});

describe('QuestionResultCard', () => {
  it('draws a bar for an option removed in a later version', () => {
    const question = {
      id: 'q',
      type: 'SINGLE_CHOICE',
      title: 'Main tool',
      options: [{ id: 'r', label: 'R' }],
    } as unknown as DraftQuestion;
    const w = mount(QuestionResultCard, {
      props: {
        number: 1,
        question,
        result: result([
          { choiceId: 'r', label: 'R', count: 1 },
          { choiceId: 'xl', label: 'Excel (removed in v2)', count: 3 },
        ]),
      },
    });
    expect(w.findAll('.bars__label').map((l) => l.text())).toEqual(['R', 'Excel (removed in v2)']);
  });

  it('keeps a matrix row removed in a later version, with its bars', () => {
    const question = {
      id: 'q',
      type: 'MATRIX',
      title: 'Rate us',
      rows: [{ id: 'speed', label: 'Speed' }],
      options: [
        { id: 'lo', label: 'Low' },
        { id: 'hi', label: 'High' },
      ],
    } as unknown as DraftQuestion;
    const w = mount(QuestionResultCard, {
      props: {
        number: 1,
        question,
        result: result([
          { choiceId: 'speed:lo', label: 'Speed: Low', count: 1 },
          { choiceId: 'speed:hi', label: 'Speed: High', count: 1 },
          { choiceId: 'price:lo', label: 'Price (removed in v2): Low', count: 2 },
          { choiceId: 'price:hi', label: 'Price (removed in v2): High', count: 0 },
        ]),
      },
    });
    expect(w.findAll('.qr__row-title').map((t) => t.text())).toEqual([
      'Speed',
      'Price (removed in v2)',
    ]);
    const priceBars = w
      .findAll('.qr__matrix-row')[1]
      .findAll('.bars__label')
      .map((l) => l.text());
    expect(priceBars).toEqual(['Low', 'High']);
  });
});
