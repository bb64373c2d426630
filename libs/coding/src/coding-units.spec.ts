import { describe, expect, it } from 'vitest';
import {
  highlightSourceOf,
  loadCodingUnits,
  messageUnit,
  unitKey,
  type TextSources,
} from './coding-units';
import {
  FEEDBACK,
  answerSlots,
  loadThemeGroups,
  slotQuestion,
  type OpenQuestion,
} from './themes/theme-units';

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

describe('numbered answer boxes', () => {
  const open = (
    id: string,
    title: string,
    personaField = 'PAIN_POINT',
    surveyId = 'sv1',
  ): OpenQuestion =>
    ({
      surveyId,
      surveyTitle: 'Survey',
      question: { id, type: 'LONG_TEXT', title, required: false, personaField },
      versions: [1],
    }) as OpenQuestion;

  it('reads the question a box asks, and nothing from other titles', () => {
    expect(
      slotQuestion('Workflow Need #2:What needs in your workflow does Jupyter Notebook address?'),
    ).toBe('What needs in your workflow does Jupyter Notebook address?');
    expect(slotQuestion('Tool / Application #1: Which tools?')).toBe('Which tools?');
    expect(slotQuestion('What is your #1 wish?')).toBeNull();
    expect(slotQuestion('Other - Write In:How do you run the Jupyter Notebook?')).toBeNull();
  });

  it('groups the boxes of one question, and only those', () => {
    const qs = [
      open('q1', 'Need #1:What do you need?'),
      open('q2', 'Tell us more'),
      open('q3', 'Need #2:What do you need?'),
      open('q4', 'Need #1:What is missing?'),
      open('q5', 'Need #3:What do you need?', 'GOAL'),
      open('q6', 'Need #3:What do you need?', 'PAIN_POINT', 'sv2'),
      open('q7', 'Need #3: what do you need?'),
    ];
    expect(answerSlots(qs).map((g) => g.map((o) => o.question.id))).toEqual([
      ['q1', 'q3', 'q7'],
      ['q2'],
      ['q4'],
      ['q5'],
      ['q6'],
    ]);
  });

  it('discovers themes once over every box of a question, each answer keeping its own box', async () => {
    const qs = [
      open('q1', 'Need #1:What do you need?'),
      open('q2', 'Need #2:What do you need?'),
      open('q3', 'Anything else?'),
    ];
    const rows = [
      { group: 0, responseId: 'r1', text: 'Version control for notebooks' },
      { group: 1, responseId: 'r1', text: 'Faster kernels' },
      { group: 1, responseId: 'r2', text: 'Git integration' },
      { group: 2, responseId: 'r2', text: 'Nothing' },
      { group: 1, responseId: 'r3', text: '   ' },
    ];
    const reader = {
      ...sources([]),
      responses: {
        completeTextAnswers: async (asked: { questionIds: string[] }[]) => {
          // One entry per question: answers of another version of a box are never read for it.
          expect(asked.map((a) => a.questionIds)).toEqual([['q1'], ['q2'], ['q3']]);
          return rows;
        },
      },
    };
    const groups = await loadThemeGroups(reader as never, 's', qs, false);
    expect(groups.map((g) => [g.scope, g.title])).toEqual([
      ['q1', 'What do you need?'],
      ['q3', 'Anything else?'],
    ]);
    expect(groups[0].units.map((u) => u.id)).toEqual(['ans:r1:q1', 'ans:r1:q2', 'ans:r2:q2']);
    expect(groups[0].units[1].source).toEqual({
      type: 'SURVEY_ANSWER',
      responseId: 'r1',
      questionId: 'q2',
    });
  });
});
