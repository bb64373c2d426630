import { describe, expect, it } from 'vitest';
import { analysisChanges, expectedAnswers, type QuestionAnalysis } from './analysis';

const q = (attentionCheck: string): QuestionAnalysis => ({
  questionId: 'ac',
  personaField: 'NONE',
  sensitive: false,
  sensitiveOptIn: false,
  attentionCheck,
});

describe('attention check settings', () => {
  it('reads expected answers separated by ";"', () => {
    expect(expectedAnswers(' eight ; 8;; ')).toEqual(['eight', '8']);
    expect(expectedAnswers(undefined)).toEqual([]);
  });
  it('sends the expected answers only when they change; blank removes the check', () => {
    expect(analysisChanges([q('eight')], [q('eight ')])).toEqual([]);
    expect(analysisChanges([q('')], [q('eight; 8')])).toEqual([
      { questionId: 'ac', attentionCheckExpected: ['eight', '8'] },
    ]);
    expect(analysisChanges([q('eight')], [q('')])).toEqual([
      { questionId: 'ac', attentionCheckExpected: [] },
    ]);
  });
});
