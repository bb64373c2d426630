import { describe, expect, it } from 'vitest';
import { prepareParticipants } from './prepare';
import { answerSource, choice, highlight, num, participant } from '../../test/engine/test-helpers';
import { TermCache } from './text-topics';
import { buildTraits, codeLabel, quantifier, traitPhrase } from './traits';
import type { ParticipantInput, TextInput, Trait } from './types';

// 40 people: segment A = a00..a19 (slow exports, daily, rate 5), segment B = b00..b19.
function person(id: string, a: boolean, i: number): ParticipantInput {
  const painText = a
    ? i % 5 === 0
      ? `Exports are slow, call me on +1 555 123 4567.`
      : `Honestly the exports are slow ${['every week', 'each Monday', 'at month end', 'before audits'][i % 4]}. ${i % 2 ? 'We cope.' : ''}`
    : `I do not trust automation at all.`;
  const open: TextInput = {
    ...answerSource(id, 'pain', painText),
    kind: 'answer',
    personaField: 'PAIN_POINT',
  };
  const codes = [];
  if (a && /exports are slow/i.test(painText))
    codes.push(
      highlight(
        open,
        painText.match(/exports are slow/i)![0],
        'c-slow',
        'PAIN_POINT',
        'Slow exports',
      ),
    );
  if (!a)
    codes.push(
      highlight(open, 'trust automation', 'c-trust', 'ATTITUDE', 'Distrust of automation'),
    );
  if (!a && i % 2) codes.push(highlight(open, 'automation', 'c-other', 'OTHER', 'Misc'));
  return participant(id, {
    answers: [
      choice(
        id,
        'freq',
        'BEHAVIOR',
        [a ? 'Daily' : i % 4 ? 'Weekly' : 'Daily'],
        'How often do you export data?',
      ),
      choice(
        id,
        'obstacle',
        'PAIN_POINT',
        [a ? 'Slow exports' : 'Missing automation trust'],
        'What is your biggest obstacle?',
      ),
      choice(
        id,
        'os',
        'BEHAVIOR',
        [i === 3 && !a ? 'Linux' : 'Windows'],
        'Which operating system do you use?',
      ),
      num(
        id,
        'sat',
        'PSYCHOGRAPHIC',
        a ? 5 - (i % 3 === 0 ? 1 : 0) : 2,
        'How satisfied are you with exports?',
      ),
      choice(
        id,
        'role',
        'DEMOGRAPHIC',
        [a ? 'Analyst' : i % 2 ? 'Analyst' : 'Engineer'],
        'What is your role?',
      ),
      choice(
        id,
        'country',
        'DEMOGRAPHIC',
        [['Spain', 'Peru'][i % 2]],
        'In what country do you currently reside?',
      ),
    ].map((x) => (x.questionId === 'sat' ? { ...x, scale: { min: 1, max: 5 } } : x)),
    texts: [open],
    codes,
  });
}
const input = [
  ...Array.from({ length: 20 }, (_, i) => person(`a${String(i).padStart(2, '0')}`, true, i)),
  ...Array.from({ length: 20 }, (_, i) => person(`b${String(i).padStart(2, '0')}`, false, i)),
];
const { prepared } = prepareParticipants(input);
const people = prepared.map((_, i) => i);
const members = [
  people.filter((i) => prepared[i].input.id.startsWith('a')),
  people.filter((i) => prepared[i].input.id.startsWith('b')),
];
const [traitsA, traitsB] = buildTraits({
  prepared,
  members,
  people,
  topics: [],
  interviewees: new Set(),
  cache: new TermCache(),
});
const byKey = (traits: Trait[], key: string) => traits.find((t) => t.key === key);

describe('buildTraits', () => {
  it('computes share, study share and lift of a chosen option', () => {
    const daily = byKey(traitsA, 'choice:freq:Daily')!;
    expect(daily.share).toBe(1);
    expect(daily.studyShare).toBe(25 / 40);
    expect(daily.lift).toBeCloseTo(1.6, 9);
    expect(daily.text).toBe('Export data: Daily — 100 % (1.6× the study)');
  });

  it('shows a chosen label from two members at most, never three identical chips', () => {
    const daily = byKey(traitsA, 'choice:freq:Daily')!;
    expect(daily.evidence.map((e) => e.quote)).toEqual(['Daily', 'Daily']);
    expect(new Set(daily.evidence.map((e) => e.participantId)).size).toBe(2);
  });

  it('quotes own open words for a pain point chosen from options, never the private one', () => {
    const pain = byKey(traitsA, 'choice:obstacle:Slow exports')!;
    expect(pain.text).toMatch(/^Struggles with slow exports — 100 % \(2\.0× the study\)/);
    expect(pain.openTextEvidence).toBe(true);
    expect(pain.evidence.length).toBe(3);
    expect(new Set(pain.evidence.map((e) => e.participantId)).size).toBe(3);
    for (const e of pain.evidence) {
      expect(e.quote).toMatch(/exports are slow/);
      expect(e.quote).not.toMatch(/555/);
    }
  });

  it('maps code categories (ATTITUDE → attitudes), drops OTHER, and quotes the highlight with a short quote in the text', () => {
    const distrust = byKey(traitsB, 'code:c-trust')!;
    expect(distrust.kind).toBe('PSYCHOGRAPHIC');
    expect(distrust.evidence[0].quote).toBe('trust automation');
    expect(byKey(traitsB, 'code:c-other')).toBeUndefined();
    const slow = byKey(traitsA, 'code:c-slow')!;
    expect(slow.text).toMatch(
      /^Struggles with slow exports — \d+ % \(2\.0× the study\): “exports are slow”$/,
    );
  });

  it('describes ratings by their mean against the study and the top box, not the range', () => {
    const sat = traitsA.find((t) => t.source === 'scale')!;
    expect(sat.key).toBe('scale:sat:high');
    expect(sat.mean).toEqual({ segment: 4.65, study: expect.closeTo(3.325, 6), min: 1, max: 5 });
    expect(sat.text).toBe(
      'Rates “Satisfaction with exports” 4.7 of 5 on average (3.3 in the study) — 100 % give 4–5 (2.0× the study)',
    );
    const low = traitsB.find((t) => t.source === 'scale')!;
    expect(low.key).toBe('scale:sat:low');
  });

  it('does not present what the whole study shares as distinctive', () => {
    const windows = [...traitsA, ...traitsB].filter((t) => t.key === 'choice:os:Windows');
    for (const t of windows) {
      expect(t.sharedByStudy).toBe(true);
      expect(t.text).toMatch(/as in the whole study/);
    }
  });

  it('keeps a demographic only when it stands out or describes most members', () => {
    expect(byKey(traitsA, 'choice:role:Analyst')!.text).toBe(
      'Role: Analyst — 100 % (1.3× the study)',
    );
    // 50/50 in both segments: no profile claim.
    expect([...traitsA, ...traitsB].some((t) => t.key.startsWith('choice:country'))).toBe(false);
  });
});

/** The traits of `input` taken as one segment of the whole study. */
function traitsOfOneSegment(input: ParticipantInput[]): Trait[] {
  const { prepared: prep } = prepareParticipants(input);
  const all = prep.map((_, i) => i);
  return buildTraits({
    prepared: prep,
    members: [all],
    people: all,
    topics: [],
    interviewees: new Set(),
    cache: new TermCache(),
  })[0];
}

describe('motivation in own words from a member who did not pick the option', () => {
  // 12 users chose "I wanted to do statistical analyses" and wrote nothing; 3 non-users of the
  // same segment answered "why are you interested" in an open MOTIVATION box.
  const why = (id: string, text: string): TextInput => ({
    ...answerSource(id, 'why-open', text),
    kind: 'answer',
    personaField: 'MOTIVATION',
  });
  const users = Array.from({ length: 12 }, (_, i) =>
    participant(`u${String(i).padStart(2, '0')}`, {
      answers: [
        choice(
          `u${i}`,
          'why',
          'MOTIVATION',
          ['I wanted to do statistical analyses'],
          'Why did you learn R?',
        ),
        choice(`u${i}`, 'freq', 'BEHAVIOR', ['Daily'], 'How often do you use R?'),
      ],
    }),
  );
  const writers = [
    'I want to do statistical analyses',
    'R is required for my work',
    'I am curious',
  ].map((text, i) =>
    participant(`w${i}`, {
      answers: [choice(`w${i}`, 'freq', 'BEHAVIOR', ['Never'], 'How often do you use R?')],
      texts: [why(`w${i}`, text)],
    }),
  );
  const traits = traitsOfOneSegment([...users, ...writers]);

  it('quotes the open answer that says the option in other words, once', () => {
    const t = traits.find((x) => x.key === 'choice:why:I wanted to do statistical analyses')!;
    expect(t.openTextEvidence).toBe(true);
    const own = t.evidence.filter(
      (e) => e.ref.type === 'SURVEY_ANSWER' && e.ref.questionId === 'why-open',
    );
    expect(own.map((e) => e.quote)).toEqual(['I want to do statistical analyses']);
    expect(own[0].participantId).toBe('w0');
    // The unrelated open answers are never quoted for it.
    expect(t.evidence.some((e) => /required|curious/.test(e.quote))).toBe(false);
  });
});

describe('own words from another field', () => {
  // 12 people run the tool "As a standalone application". Six wrote, as a pain point, that going
  // to standalone applications is hard; two wrote, as a goal, that they run it as a standalone
  // application. The Jupyter survey quoted the pain point for the behaviour.
  const open = (id: string, q: string, field: 'PAIN_POINT' | 'GOAL', text: string): TextInput => ({
    ...answerSource(id, q, text),
    kind: 'answer',
    personaField: field,
  });
  const people = Array.from({ length: 12 }, (_, i) => {
    const id = `s${String(i).padStart(2, '0')}`;
    const texts =
      i < 6
        ? [open(id, 'hard', 'PAIN_POINT', 'Going from prototype to library and standalone applications is hard.')]
        : i < 8
          ? [open(id, 'want', 'GOAL', `I run it as a standalone application on my laptop ${i}.`)]
          : [];
    return participant(id, {
      answers: [choice(id, 'run', 'BEHAVIOR', ['As a standalone application'], 'How do you run the Jupyter Notebook?')],
      texts,
    });
  });
  const traits = traitsOfOneSegment(people);

  it('quotes a goal that says the option, never a pain point that does', () => {
    const t = traits.find((x) => x.key === 'choice:run:As a standalone application')!;
    expect(t.evidence.length).toBeGreaterThan(0);
    expect(t.evidence.some((e) => e.ref.type === 'SURVEY_ANSWER' && e.ref.questionId === 'hard')).toBe(false);
    expect(t.evidence.some((e) => e.ref.type === 'SURVEY_ANSWER' && e.ref.questionId === 'want')).toBe(true);
  });
});

describe('words', () => {
  it('quantifies shares', () => {
    expect([0.95, 0.6, 0.5, 0.35, 0.2].map(quantifier)).toEqual([
      'Almost all',
      'Most',
      'Half',
      'Many',
      'Some',
    ]);
  });

  it('phrases a label with its question only when the label needs it', () => {
    const t = (
      kind: Trait['kind'],
      label: string,
      question?: string,
    ): Pick<Trait, 'kind' | 'label' | 'question' | 'source' | 'evidence'> => ({
      kind,
      label,
      question,
      source: 'choice',
      evidence: [],
    });
    expect(traitPhrase(t('BEHAVIOR', 'Daily', 'How often do you use R?'))).toBe('Uses R daily');
    expect(
      traitPhrase(t('PAIN_POINT', 'Language irregularities', 'What is the biggest obstacle?')),
    ).toBe('Struggles with language irregularities');
    expect(traitPhrase(t('GOAL', 'Automate recurring reports', 'What is your main goal?'))).toBe(
      'Goal: automate recurring reports',
    );
    expect(
      traitPhrase(
        t(
          'MOTIVATION',
          'I was personally interested',
          'Which statement most closely reflects the primary reason why you learned R?',
        ),
      ),
    ).toBe('Learned R because they were personally interested');
  });

  it('names a theme plainly: no question suffix, no title case, names and acronyms kept', () => {
    expect(codeLabel('Language syntax (What do you think was the biggest obsta…)')).toBe(
      'Language syntax',
    );
    expect(codeLabel('Version Control')).toBe('Version control');
    expect(codeLabel('R Markdown')).toBe('R Markdown');
    expect(codeLabel('GitHub Actions')).toBe('GitHub Actions');
  });

  it("quotes a member where a theme engine's keyphrase would stand alone as the claim", () => {
    const theme = (kind: Trait['kind'], label: string) =>
      traitPhrase({
        kind,
        label,
        source: 'code',
        evidence: [
          { quote: 'Online course (e.g., Coursera, edX, Datacamp)' } as Trait['evidence'][number],
        ],
      });
    // No verb turns "Coursera edx datacamp" into a behaviour: the person's words do.
    expect(theme('BEHAVIOR', 'Coursera Edx Datacamp (How did you learn R? If you used…)')).toBe(
      'What they do: “Online course (e.g., Coursera, edX, Datacamp)”',
    );
    // A pain point's verb makes a claim of the theme's name; a hand-named theme stays as named.
    expect(theme('PAIN_POINT', 'Learning Curve')).toBe('Struggles with learning curve');
    expect(theme('BEHAVIOR', 'Learns from online courses')).toBe('Learns from online courses');
  });

  it('shows a topic of one-word answers as several of them, not one answer as the whole share', () => {
    const topic = (...quotes: string[]) =>
      traitPhrase({
        kind: 'GOAL',
        label: 'pycharm, hadoop, nbdiff',
        source: 'text',
        evidence: quotes.map((quote) => ({ quote }) as Trait['evidence'][number]),
      });
    expect(topic('Pycharm', 'Hadoop ecosystem', 'pycharm', 'nbdiff', 'Spark')).toBe(
      'What they want: “Pycharm”, “Hadoop ecosystem”, “nbdiff”',
    );
    expect(topic('Better integration with my IDE', 'Pycharm')).toBe(
      'What they want: “Better integration with my IDE”',
    );
  });
});

describe('buildTraits with nothing distinctive', () => {
  // 60 people in two segments; the reason to learn differs only mildly between them (no option
  // stands out beyond chance), and "Statistics" is the commonest reason in both.
  const reasons = (seg: 'a' | 'b', i: number): string => {
    const pattern =
      seg === 'a'
        ? ['Statistics', 'Statistics', 'Statistics', 'Work', 'Work', 'Curiosity']
        : ['Statistics', 'Statistics', 'Statistics', 'Curiosity', 'Curiosity', 'Work'];
    return pattern[i % 6];
  };
  const people60 = [
    ...Array.from({ length: 30 }, (_, i) => ['a', i] as const),
    ...Array.from({ length: 30 }, (_, i) => ['b', i] as const),
  ].map(([seg, i]) => {
    const id = `${seg}${String(i).padStart(2, '0')}`;
    return participant(id, {
      answers: [
        choice(id, 'why', 'MOTIVATION', [reasons(seg, i)], 'Why did you learn R?'),
        choice(
          id,
          'freq',
          'BEHAVIOR',
          [seg === 'a' ? 'Daily' : 'Monthly'],
          'How often do you use R?',
        ),
      ],
    });
  });
  const { prepared: p60 } = prepareParticipants(people60);
  const all = p60.map((_, i) => i);
  const segs = [
    all.filter((i) => p60[i].input.id.startsWith('a')),
    all.filter((i) => p60[i].input.id.startsWith('b')),
  ];
  const [a, b] = buildTraits({
    prepared: p60,
    members: segs,
    people: all,
    topics: [],
    interviewees: new Set(),
    cache: new TermCache(),
  });

  it('shows each segment the common reason most over-represented in it, not the study’s commonest for all', () => {
    const motive = (traits: Trait[]) =>
      traits.filter((t) => t.kind === 'MOTIVATION').map((t) => t.label);
    expect(motive(a)).toEqual(['Work']);
    expect(motive(b)).toEqual(['Curiosity']);
    // Honest figures: a third of the segment, 1.3 times the study.
    expect(a.find((t) => t.kind === 'MOTIVATION')!.text).toMatch(/33 % \(1\.3× the study\)/);
  });
});
