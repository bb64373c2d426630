import { describe, expect, it } from 'vitest';
// Through the lib's public surface, as the API and the Vue form import it.
import {
  answerText,
  describeCondition,
  validateDefinition,
  validateResponse,
  visibleQuestions,
} from './index';

describe('@persona-lab/survey-logic', () => {
  it('takes a definition from builder input to evidence text', () => {
    const checked = validateDefinition({
      questions: [
        {
          id: 'heard',
          type: 'SINGLE_CHOICE',
          title: 'How did you hear about us?',
          required: true,
          options: [
            { id: 'friend', label: 'Friend' },
            { id: 'ad', label: 'Advert' },
          ],
        },
        {
          id: 'who',
          type: 'SHORT_TEXT',
          title: 'Who told you?',
          required: true,
          showIf: { questionId: 'heard', operator: 'EQUALS', value: 'friend' },
        },
      ],
    });
    if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join(' '));
    const { definition } = checked;

    expect(describeCondition(definition.questions[1].showIf!, definition.questions)).toBe(
      'Show if "How did you hear about us?" is "Friend"',
    );
    expect(visibleQuestions(definition, { heard: 'ad' }).map((q) => q.id)).toEqual(['heard']);

    const incomplete = validateResponse(definition, [{ questionId: 'heard', value: 'friend' }], {
      complete: true,
    });
    expect(incomplete.ok).toBe(false);

    const done = validateResponse(
      definition,
      [
        { questionId: 'heard', value: 'friend' },
        { questionId: 'who', value: 'My sister' },
      ],
      { complete: true },
    );
    if (!done.ok) throw new Error('expected a valid response');
    expect(definition.questions.map((q) => answerText(q, done.answers[q.id]))).toEqual([
      'Friend',
      'My sister',
    ]);
  });
});
