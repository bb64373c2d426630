import { describe, expect, it } from 'vitest';
import { prepareParticipants } from './prepare';

describe('prepareParticipants', () => {
  it('reads a feedback message as a turn (like an interviewee turn), an answer as open text', () => {
    const { prepared, census } = prepareParticipants([
      {
        id: 'c:1',
        label: 'Ticket 1',
        answers: [],
        codes: [],
        texts: [
          {
            ref: { type: 'FEEDBACK_MESSAGE', messageId: 'm1' },
            text: 'Exports time out every Monday.',
          },
          {
            ref: { type: 'SURVEY_ANSWER', responseId: 'r1', questionId: 'q' },
            text: 'Faster exports.',
          },
        ],
      },
    ]);
    expect(census.turns).toBe(1);
    expect(census.openTexts).toBe(1);
    expect(prepared[0].texts.map((t) => t.field)).toEqual(['TURN', 'OPEN']);
  });
});
