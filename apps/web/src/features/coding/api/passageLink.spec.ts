import { describe, expect, it } from 'vitest';
import { passageLink, type CodeHighlightItem } from './codeHighlights';

const item = (
  source: Partial<CodeHighlightItem['source']>,
  place: Partial<CodeHighlightItem['place']>,
) =>
  ({
    id: 'h',
    text: 'slow',
    status: 'ACCEPTED',
    coder: 'u',
    confidence: null,
    source: {
      type: 'TRANSCRIPT_SEGMENT',
      segmentId: null,
      responseId: null,
      questionId: null,
      messageId: null,
      ...source,
    },
    place: {
      label: 'x',
      interviewId: null,
      surveyId: null,
      speaker: null,
      conversationId: null,
      ...place,
    },
  }) as CodeHighlightItem;

describe('passageLink', () => {
  it('opens a feedback message in its conversation', () => {
    expect(
      passageLink(
        'st-1',
        item({ type: 'FEEDBACK_MESSAGE', messageId: 'm-1' }, { conversationId: 'c-1' }),
      ),
    ).toBe('/studies/st-1/feedback/c-1#m-m-1');
  });

  it('has no link for a message whose conversation is gone', () => {
    expect(
      passageLink('st-1', item({ type: 'FEEDBACK_MESSAGE', messageId: 'm-1' }, {})),
    ).toBeNull();
  });

  it('still opens a transcript turn in its interview', () => {
    expect(passageLink('st-1', item({ segmentId: 's-1' }, { interviewId: 'i-1' }))).toEqual({
      name: 'interview',
      params: { interviewId: 'i-1' },
      query: { segment: 's-1' },
    });
  });
});
