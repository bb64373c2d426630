import { describe, expect, it } from 'vitest';
import { describeCondition } from './describe';
import type { ConditionOperator } from './types';
import { options, question } from '../test/test-helpers';

const questions = [
  question('SINGLE_CHOICE', {
    id: 'heard',
    title: 'How did you hear about us?',
    options: [
      { id: 'friend', label: 'Friend' },
      { id: 'ad', label: 'Advert' },
    ],
  }),
  question('MULTIPLE_CHOICE', {
    id: 'tools',
    title: 'Tools used',
    options: options('Figma', 'Miro'),
  }),
  question('NPS', { id: 'nps', title: 'Recommend us?' }),
  question('DATE', { id: 'since', title: 'Customer since' }),
  question('LONG_TEXT', { id: 'why', title: 'Why?' }),
];

const say = (questionId: string, operator: ConditionOperator, value?: unknown) =>
  describeCondition({ questionId, operator, value }, questions);

describe('describeCondition', () => {
  it('names choices by label', () => {
    expect(say('heard', 'EQUALS', 'friend')).toBe(
      'Show if "How did you hear about us?" is "Friend"',
    );
    expect(say('heard', 'NOT_EQUALS', 'ad')).toBe(
      'Show if "How did you hear about us?" is not "Advert"',
    );
  });

  it('says what EQUALS does on a multiple choice question', () => {
    expect(say('tools', 'EQUALS', 'miro')).toBe('Show if "Tools used" includes "Miro"');
    expect(say('tools', 'NOT_EQUALS', 'miro')).toBe('Show if "Tools used" does not include "Miro"');
    expect(say('tools', 'INCLUDES', 'figma')).toBe('Show if "Tools used" includes "Figma"');
  });

  it('writes numbers bare, dates as before/after and text as contains', () => {
    expect(say('nps', 'GREATER_THAN', 8)).toBe('Show if "Recommend us?" is greater than 8');
    expect(say('nps', 'LESS_THAN', 7)).toBe('Show if "Recommend us?" is less than 7');
    expect(say('since', 'GREATER_THAN', '2024-01-01')).toBe(
      'Show if "Customer since" is after "2024-01-01"',
    );
    expect(say('since', 'LESS_THAN', '2020-06-30')).toBe(
      'Show if "Customer since" is before "2020-06-30"',
    );
    expect(say('why', 'INCLUDES', 'price')).toBe('Show if "Why?" contains "price"');
  });

  it('takes no value for presence checks', () => {
    expect(say('why', 'ANSWERED')).toBe('Show if "Why?" is answered');
    expect(say('why', 'NOT_ANSWERED')).toBe('Show if "Why?" is not answered');
  });

  it('says when the question it depends on is gone', () => {
    expect(say('gone', 'ANSWERED')).toBe('Show if a deleted question (gone) is answered');
  });

  it('shows an unknown choice id as written', () => {
    expect(say('heard', 'EQUALS', 'tv')).toBe('Show if "How did you hear about us?" is "tv"');
  });
});
