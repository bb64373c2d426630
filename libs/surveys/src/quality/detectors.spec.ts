import type { Question } from '@persona-lab/survey-logic';
import { describe, expect, it } from 'vitest';
import {
  computeQualityFlags,
  detectAttentionCheck,
  detectDuplicates,
  detectLowEffortText,
  detectSpeeding,
  detectStraightLining,
  lowEffortReason,
  passesAttentionCheck,
} from './detectors';
import type { QualityResponse } from './types';

const resp = (id: string, answers: Record<string, unknown>, durationSeconds: number | null = null, complete = true): QualityResponse =>
  ({ id, answers, durationSeconds, complete });
const q = (id: string, type: Question['type'], extra: Partial<Question> = {}): Question =>
  ({ id, type, title: `Question ${id}`, required: false, personaField: 'NONE', ...extra }) as Question;

describe('detectSpeeding', () => {
  const times = [300, 320, 340, 360, 380, 400, 420, 440, 460, 480];
  it('flags complete responses under 30 % of the median and names both times', () => {
    const rs = [...times.map((t, i) => resp(`r${i}`, {}, t)), resp('fast', {}, 100), resp('edge', {}, 120)];
    const flags = detectSpeeding(rs);
    // median of the 12 = (360 + 380) / 2 = 370 s; 30 % = 111 s: 100 s is a speeder, 120 s is not.
    expect([...flags.keys()]).toEqual(['fast']);
    expect(flags.get('fast')!.detail).toBe(
      "Completed in 1 min 40 s, under 30 % of the survey's median time of 6 min 10 s.",
    );
  });
  it('never flags untimed responses (imports) and partial ones', () => {
    const rs = [...times.map((t, i) => resp(`r${i}`, {}, t)), resp('import', {}, null), resp('partial', {}, 5, false)];
    expect(detectSpeeding(rs).size).toBe(0);
  });
  it('needs ten timed complete responses before a median means anything', () => {
    const rs = [...times.slice(0, 9).map((t, i) => resp(`r${i}`, {}, t)), resp('fast', {}, 10)];
    expect(detectSpeeding(rs).has('fast')).toBe(true);
    expect(detectSpeeding(rs.slice(1)).size).toBe(0);
  });
});

describe('detectStraightLining', () => {
  const likerts = ['a', 'b', 'c', 'd', 'e'].map((id) => q(id, 'LIKERT', { min: 1, max: 5 }));
  it('flags the same value on five scale items of one kind', () => {
    const flag = detectStraightLining(likerts, resp('r', { a: 3, b: 3, c: 3, d: 3, e: 3 }));
    expect(flag).toEqual({ reason: 'STRAIGHT_LINING', detail: "Gave the same answer (3) to all 5 items of the survey's rating scales." });
  });
  it('leaves a short survey alone: four equal ratings are not enough', () => {
    expect(detectStraightLining(likerts, resp('r', { a: 4, b: 4, c: 4, d: 4 }))).toBeNull();
  });
  it('does not mix scales of different ranges, and one different answer clears it', () => {
    const mixed = [...likerts.slice(0, 3), q('n1', 'NPS'), q('n2', 'NPS')];
    expect(detectStraightLining(mixed, resp('r', { a: 5, b: 5, c: 5, n1: 5, n2: 5 }))).toBeNull();
    expect(detectStraightLining(likerts, resp('r', { a: 3, b: 3, c: 3, d: 3, e: 2 }))).toBeNull();
  });
  it('flags a matrix whose rows all got the same column', () => {
    const m = q('m', 'MATRIX', { title: 'How much do you agree?' });
    const answers = { m: { r1: 'agree', r2: 'agree', r3: 'agree', r4: 'agree', r5: 'agree', r6: 'agree' } };
    expect(detectStraightLining([m], resp('r', answers))?.detail).toBe(
      'Gave the same answer (agree) to all 6 items of the rows of "How much do you agree?".',
    );
    expect(detectStraightLining([m], resp('r', { m: { r1: 'agree', r2: 'agree', r3: 'agree' } }))).toBeNull();
  });
});

describe('lowEffortReason / detectLowEffortText', () => {
  it.each([
    ['asdf', 'a keyboard mash ("asdf")'],
    ['ASDFGH', 'a keyboard mash ("asdfgh")'],
    ['jkjkjkjk hjkl', 'a keyboard mash ("hjkl")'],
    ['no no no', 'one or two characters repeated'],
    ['qwerty', 'a keyboard mash ("qwerty")'],
    ['poiuy', 'a keyboard mash ("poiuy")'],
    ['aaaaaaa', 'one or two characters repeated'],
    ['Lorem ipsum dolor sit amet, consectetur', 'placeholder text (lorem ipsum)'],
    ['xkcdfrt', 'letters without a vowel ("xkcdfrt")'],
  ])('flags %j', (text, why) => {
    expect(lowEffortReason(text, 'LONG_TEXT')).toBe(why);
  });
  it.each([
    'No', 'R', 'ggplot2', 'n/a', 'dplyr', 'SQL', 'Nein, danke', 'Über alles', 'Très bien, merci',
    'データ分析', 'Я использую R для статистики', 'Anna', 'property and liberty', 'rhythm',
    'Strč prst skrz krk', 'nothing', '-', '...', '?', 'I use R every day for my PhD thesis.',
  ])('passes the legitimate answer %j', (text) => {
    expect(lowEffortReason(text, 'SHORT_TEXT')).toBeNull();
  });
  it('a single character is low effort only for a long-text question', () => {
    expect(lowEffortReason('R', 'SHORT_TEXT')).toBeNull();
    expect(lowEffortReason('k', 'LONG_TEXT')).toBe('one character for an open question');
  });
  it('names the question, and skips other types', () => {
    const qs = [q('n', 'NUMBER'), q('t', 'LONG_TEXT', { title: 'What frustrates you?' })];
    expect(detectLowEffortText(qs, resp('r', { n: 1111, t: 'sdfghj' }))?.detail).toBe(
      'The answer to "What frustrates you?" is a keyboard mash ("sdfghj").',
    );
    expect(detectLowEffortText(qs, resp('r', { n: 1111, t: 'The docs.' }))).toBeNull();
  });
});

describe('detectDuplicates', () => {
  const qs = [q('t', 'LONG_TEXT', { title: 'What do you use R for?' })];
  it('flags every response sharing a non-trivial text, ignoring case and punctuation', () => {
    const flags = detectDuplicates(qs, [
      resp('a', { t: 'I use it for all of my statistical analysis at work.' }),
      resp('b', { t: 'i use it for ALL of my statistical analysis at work' }),
      ...['Plots for papers.', 'Teaching statistics to undergraduates.', 'Shiny dashboards at work.', 'Bioinformatics pipelines and RNA-seq.', 'Something else entirely, written by hand today.', 'Mostly tidy data wrangling.', 'Survey weighting.', 'Forecasting sales.', 'Hobby projects.'].map((t, i) => resp(`o${i}`, { t })),
    ]);
    expect([...flags.keys()].sort()).toEqual(['a', 'b']);
    expect(flags.get('a')!.detail).toBe('The answer to "What do you use R for?" is word for word the same as in 1 other response.');
  });
  it('leaves a text question that is really a choice alone (its texts repeat)', () => {
    const canned = 'By myself, using a book or online documentation';
    const rs = [
      ...Array.from({ length: 8 }, (_, i) => resp(`c${i}`, { t: canned })),
      resp('x', { t: 'An online course such as Coursera or edX, then work' }),
    ];
    expect(detectDuplicates(qs, rs).size).toBe(0);
  });
  it('does not count short common answers', () => {
    const many = ['nothing', 'N/A', 'n/a', 'Nothing.', 'data analysis', 'data analysis'].map((t, i) => resp(`r${i}`, { t }));
    expect(detectDuplicates(qs, many).size).toBe(0);
  });
});

describe('attention checks', () => {
  const check = q('ac', 'SHORT_TEXT', { title: 'Letters in "analysis", as a word', attentionCheck: { expected: ['eight'] } });
  it.each(['eight', 'Eight', ' EIGHT ', '8', '"eight"', 'eight.', '8.0'])('%j passes "eight"', (answer) => {
    expect(passesAttentionCheck(check, answer, ['eight'])).toBe(true);
  });
  it.each(['seven', 'analysis', 'ocho', 'eigth', '8 eight', 'three'])('%j fails "eight"', (answer) => {
    expect(passesAttentionCheck(check, answer, ['eight'])).toBe(false);
  });
  it('flags a wrong answer with what was expected, and not a blank or a question without a check', () => {
    expect(detectAttentionCheck([check], resp('r', { ac: 'seven' }))).toEqual({
      reason: 'FAILED_ATTENTION_CHECK',
      detail: 'Answered "seven" to the attention check "Letters in "analysis", as a word", which expects "eight".',
    });
    expect(detectAttentionCheck([check], resp('r', {}))).toBeNull();
    expect(detectAttentionCheck([q('x', 'SHORT_TEXT')], resp('r', { x: 'seven' }))).toBeNull();
  });
  it('a choice question passes by the option label or its id', () => {
    const choice = q('c', 'SINGLE_CHOICE', {
      options: [{ id: 'o1', label: 'Disagree' }, { id: 'o2', label: 'Agree' }],
      attentionCheck: { expected: ['Agree'] },
    });
    expect(detectAttentionCheck([choice], resp('r', { c: 'o2' }))).toBeNull();
    expect(detectAttentionCheck([choice], resp('r', { c: 'o1' }))?.reason).toBe('FAILED_ATTENTION_CHECK');
  });
});

describe('computeQualityFlags', () => {
  it('gives each response all its reasons and leaves clean ones out', () => {
    const qs = [q('ac', 'SHORT_TEXT', { attentionCheck: { expected: ['8'] } }), q('t', 'LONG_TEXT')];
    const flags = computeQualityFlags(qs, [resp('bad', { ac: 'nine', t: 'asdf' }), resp('ok', { ac: 'eight', t: 'Plots.' })]);
    expect(flags.get('bad')!.map((f) => f.reason)).toEqual(['FAILED_ATTENTION_CHECK', 'LOW_EFFORT_TEXT']);
    expect(flags.has('ok')).toBe(false);
  });
});
