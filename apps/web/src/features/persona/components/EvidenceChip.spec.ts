// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../api/persona';
import EvidenceChip from './EvidenceChip.vue';

const answer = (quote: string, participant: { label: string } | null = null): Evidence => ({
  source: {
    type: 'SURVEY_ANSWER',
    segmentId: null,
    responseId: 'r-1',
    questionId: 'freq',
    messageId: null,
  },
  start: 0,
  end: quote.length,
  quote,
  questionTitle: 'How often do you use R?',
  participant,
});

describe('EvidenceChip', () => {
  it('shows a choice answer with its question, not a bare value', () => {
    const chip = mount(EvidenceChip, { props: { evidence: answer('Daily') } });
    expect(chip.text()).toBe('How often do you use R? — Daily');
    expect(chip.text()).not.toContain('Respondent');
  });

  it("keeps the participant's label and quotes a written answer", () => {
    const chip = mount(EvidenceChip, {
      props: { evidence: answer('I export everything to CSV first', { label: 'P3' }) },
    });
    expect(chip.get('.chip__who').text()).toBe('P3');
    expect(chip.get('.chip__quote').text()).toBe(
      'How often do you use R? — “I export everything to CSV first”',
    );
  });

  it('quotes a transcript turn after who said it', () => {
    const chip = mount(EvidenceChip, {
      props: {
        evidence: {
          source: {
            type: 'TRANSCRIPT_SEGMENT',
            segmentId: 's-1',
            responseId: null,
            questionId: null,
            messageId: null,
          },
          start: 0,
          end: 5,
          quote: 'I use R daily',
          questionTitle: null,
          participant: null,
        },
      },
    });
    expect(chip.text()).toBe('Interviewee“I use R daily”');
  });
});
