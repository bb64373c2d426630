import { describe, expect, it } from 'vitest';
import { applyAnalysis, badOptIn, fillAnalysis } from './question-analysis';

const q = (id: string, title: string, extra: Record<string, unknown> = {}) => ({ id, type: 'SHORT_TEXT' as const, title, ...extra });

describe('fillAnalysis', () => {
  it('infers omitted fields, keeps explicit ones', async () => {
    const [a, b, c] = await fillAnalysis([
      q('a', 'What frustrates you about invoicing?'),
      q('b', 'What is your ethnicity?', { personaField: 'NONE' }),
      q('c', 'What is your gender?', { sensitive: false, personaField: null }),
    ]);
    expect(a).toMatchObject({ personaField: 'PAIN_POINT', sensitive: false, sensitiveOptIn: false });
    expect(b).toMatchObject({ personaField: 'NONE', sensitive: true });
    expect(c).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: false });
  });

  it('keeps stored settings of an unchanged question, re-infers a reworded one', async () => {
    const stored = [q('a', 'Gender', { personaField: 'DEMOGRAPHIC', sensitive: false, sensitiveOptIn: false }), q('b', 'Old', { personaField: 'GOAL', sensitive: false, sensitiveOptIn: false })];
    const [a, b] = await fillAnalysis([q('a', 'Gender'), q('b', 'How often do you file expenses?')], stored);
    expect(a).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: false });
    expect(b).toMatchObject({ personaField: 'BEHAVIOR', sensitive: false });
  });
});

describe('applyAnalysis and badOptIn', () => {
  it('changes only the named questions and fields', () => {
    const def = { questions: [q('a', 'A', { personaField: 'GOAL', required: false }), q('b', 'B', { personaField: 'NONE', required: false, sensitive: true })] };
    const out = applyAnalysis(def as any, [{ questionId: 'b', sensitiveOptIn: true }, { questionId: 'zz', personaField: 'GOAL' }]);
    expect(out.questions[0]).toEqual(def.questions[0]);
    expect(out.questions[1]).toMatchObject({ personaField: 'NONE', sensitive: true, sensitiveOptIn: true });
    expect(badOptIn(out)).toBeUndefined();
    expect(badOptIn(applyAnalysis(out, [{ questionId: 'b', sensitive: false }]))).toMatchObject({ id: 'b' });
  });
});
