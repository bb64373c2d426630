import { describe, expect, it } from 'vitest';
import { StudyParticipantsLoader } from './load-participants';

// Feedback in synthesis's input: customers' messages are turns; a conversation linked to a
// participant joins that participant's row, an unlinked one is a member of its own, and a
// highlight on a message becomes a code of its author.

const P1 = '11111111-1111-4111-8111-111111111111';
const message = (
  id: string,
  conversationId: string,
  participantId: string | null,
  text: string,
) => ({
  id,
  studyId: 's',
  conversationId,
  participantId,
  index: 0,
  role: 'CUSTOMER' as const,
  text,
  sentAt: null,
  title: `Zendesk ticket ${conversationId}`,
  kind: 'SUPPORT' as const,
});

function loader(messages: ReturnType<typeof message>[], highlights: unknown[] = []) {
  const none = async () => [];
  return new StudyParticipantsLoader(
    { versionsOfStudy: none } as never,
    { completeOfStudy: none, flaggedOfStudy: none } as never,
    { byIds: async (ids: string[]) => ids.map((id) => ({ id, label: 'P1' })) } as never,
    {
      participantTurns: async () => [
        {
          id: 'seg-1',
          text: 'I export to CSV every morning.',
          interviewId: 'iv-1',
          participantId: P1,
          title: 'Interview P1',
        },
      ],
    } as never,
    { notRejected: async () => highlights } as never,
    { customerMessages: async () => messages } as never,
    { linkedSummaries: none } as never,
  );
}

describe('StudyParticipantsLoader and feedback', () => {
  it('adds a linked conversation to its participant and keeps an unlinked one apart', async () => {
    const { participants, participantRow } = await loader([
      message('m-1', 'c-1', P1, 'The export keeps timing out.'),
      message('m-2', 'c-2', null, 'Please add dark mode.'),
    ]).load('s');
    const p1 = participants.find((p) => p.id === `p:${P1}`)!;
    expect(p1.label).toBe('P1');
    expect(p1.texts.map((t) => t.ref)).toEqual([
      { type: 'TRANSCRIPT_SEGMENT', segmentId: 'seg-1' },
      { type: 'FEEDBACK_MESSAGE', messageId: 'm-1' },
    ]);
    expect(p1.texts[1]).toMatchObject({ text: 'The export keeps timing out.', kind: 'turn' });
    const own = participants.find((p) => p.id === 'c:c-2')!;
    expect(own).toMatchObject({ label: 'Zendesk ticket c-2' });
    expect(own.texts).toEqual([
      {
        ref: { type: 'FEEDBACK_MESSAGE', messageId: 'm-2' },
        text: 'Please add dark mode.',
        kind: 'turn',
      },
    ]);
    expect(participantRow.get('c:c-2')).toBeNull();
    expect(participantRow.get(`p:${P1}`)).toBe(P1);
  });

  it('never takes an agent message, even if a reader handed one over', async () => {
    const agent = {
      ...message('m-9', 'c-9', null, 'Thanks, we are on it.'),
      role: 'AGENT' as const,
    };
    const { participants } = await loader([agent as never]).load('s');
    expect(participants.some((p) => p.id === 'c:c-9')).toBe(false);
  });

  it('turns a highlight on a customer message into a code of its author, inside the text', async () => {
    const highlight = (messageId: string, end: number) => ({
      codeId: 'code-1',
      codeName: 'Slow exports',
      category: 'PAIN_POINT',
      sourceType: 'FEEDBACK_MESSAGE',
      segmentId: null,
      responseId: null,
      questionId: null,
      messageId,
      start: 4,
      end,
      status: 'ACCEPTED',
    });
    const { participants } = await loader(
      [message('m-1', 'c-1', null, 'The export keeps timing out.')],
      [highlight('m-1', 10), highlight('m-1', 400), highlight('m-unknown', 10)],
    ).load('s');
    const own = participants.find((p) => p.id === 'c:c-1')!;
    expect(own.codes).toHaveLength(1);
    expect(own.codes[0]).toMatchObject({ codeId: 'code-1', start: 4, end: 10, accepted: true });
    expect(own.codes[0].source.text.slice(4, 10)).toBe('export');
  });
});
