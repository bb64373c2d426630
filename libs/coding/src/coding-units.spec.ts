import { describe, expect, it } from 'vitest';
import {
  highlightSourceOf,
  loadCodingUnits,
  messageUnit,
  unitKey,
  type TextSources,
} from './coding-units';
import { FEEDBACK, loadThemeGroups } from './themes/theme-units';

const message = (id: string, role: 'CUSTOMER' | 'AGENT', text: string) => ({
  id,
  studyId: 's',
  conversationId: 'c1',
  participantId: null,
  index: 0,
  role,
  text,
  sentAt: null,
  title: 'Zendesk ticket 1',
  kind: 'SUPPORT' as const,
});

const sources = (messages: ReturnType<typeof message>[]) =>
  ({
    transcripts: { participantTurns: async () => [] },
    surveys: { versionsOfStudy: async () => [], surveysOfStudy: async () => [] },
    responses: { completeTextAnswers: async () => [] },
    feedback: { customerMessages: async () => messages },
  }) as unknown as TextSources & { surveys: { surveysOfStudy: () => Promise<[]> } };

describe('unitKey', () => {
  it('names a turn, an answer and a message apart', () => {
    expect(unitKey({ type: 'TRANSCRIPT_SEGMENT', segmentId: 'a' })).toBe('seg:a');
    expect(unitKey({ type: 'SURVEY_ANSWER', responseId: 'r', questionId: 'q' })).toBe('ans:r:q');
    expect(unitKey({ type: 'FEEDBACK_MESSAGE', messageId: 'm' })).toBe('msg:m');
  });
});

describe('highlightSourceOf', () => {
  it('keeps only the ids of the unit’s own kind', () => {
    expect(highlightSourceOf({ type: 'FEEDBACK_MESSAGE', messageId: 'm' })).toEqual({
      type: 'FEEDBACK_MESSAGE',
      segmentId: null,
      responseId: null,
      questionId: null,
      messageId: 'm',
    });
    expect(
      highlightSourceOf({ type: 'SURVEY_ANSWER', responseId: 'r', questionId: 'q' }),
    ).toMatchObject({
      responseId: 'r',
      questionId: 'q',
      messageId: null,
    });
  });
});

describe('loadCodingUnits', () => {
  it('codes customer messages, never agent replies or blank messages', async () => {
    const units = await loadCodingUnits(
      sources([
        message('m1', 'CUSTOMER', 'The export keeps timing out.'),
        message('m2', 'AGENT', 'Sorry to hear that, try again later.'),
        message('m3', 'CUSTOMER', '   '),
      ]),
      's',
    );
    expect(units).toEqual([messageUnit({ id: 'm1', text: 'The export keeps timing out.' })]);
    expect(units[0]).toEqual({
      id: 'msg:m1',
      text: 'The export keeps timing out.',
      source: { type: 'FEEDBACK_MESSAGE', messageId: 'm1' },
    });
  });

  it('reads no feedback when the study has no feedback reader', async () => {
    const { feedback: _none, ...rest } = sources([message('m1', 'CUSTOMER', 'Hello there')]);
    expect(await loadCodingUnits(rest as TextSources, 's')).toEqual([]);
  });
});

describe('loadThemeGroups', () => {
  it('adds a "Customer feedback" group of customer messages with private details masked', async () => {
    const groups = await loadThemeGroups(
      sources([
        message('m1', 'CUSTOMER', 'Write to ana@example.com, the sync is broken.'),
        message('m2', 'AGENT', 'We are on it.'),
      ]) as never,
      's',
      [],
      true,
    );
    const feedback = groups.find((g) => g.scope === FEEDBACK)!;
    expect(feedback.title).toBe('Customer feedback');
    expect(feedback.units.map((u) => u.id)).toEqual(['msg:m1']);
    expect(feedback.units[0].masked).not.toContain('@');
    expect(feedback.units[0].masked).toHaveLength(feedback.units[0].text.length);
    // Without transcripts (and so without conversational text) there is no feedback group.
    expect(
      (
        await loadThemeGroups(
          sources([message('m1', 'CUSTOMER', 'x y z')]) as never,
          's',
          [],
          false,
        )
      ).length,
    ).toBe(0);
  });
});
