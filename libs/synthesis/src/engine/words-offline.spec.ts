import { describe, expect, it } from 'vitest';
import type { EvidenceSpan, Trait } from './types';
import { MAX_TAGLINE_CHARS, describeSegment, describeSegments, manyClaim } from './words-offline';

const span = (quote: string, participantId: string): EvidenceSpan => ({
  ref: { type: 'SURVEY_ANSWER', responseId: `r-${participantId}`, questionId: 'q' },
  start: 0,
  end: quote.length,
  quote,
  participantId,
});
const t = (
  kind: Trait['kind'],
  label: string,
  lift: number,
  extra: Partial<Trait> = {},
): Trait => ({
  kind,
  label,
  lift,
  key: `${kind}:${label}`,
  text: `${label} — 60 %`,
  share: 0.6,
  studyShare: 0.6 / lift,
  support: 6,
  evidence: [span(`I said something about ${label}.`, 'p1')],
  source: 'code',
  sharedByStudy: false,
  openTextEvidence: true,
  ...extra,
});
const segA = {
  memberIds: ['p1', 'p2', 'p3'],
  share: 0.3,
  traits: [
    t('GOAL', 'Automated dashboards', 2),
    t('PAIN_POINT', 'Slow exports', 3),
    t('BEHAVIOR', 'Daily', 2.5, {
      source: 'choice',
      question: 'How often do you use R?',
      openTextEvidence: false,
    }),
    t('DEMOGRAPHIC', 'Analyst', 2, {
      source: 'choice',
      question: 'What is your role?',
      openTextEvidence: false,
    }),
  ],
};
const segB = {
  memberIds: ['p4'],
  share: 0.1,
  small: true,
  traits: [t('BEHAVIOR', 'Daily', 1.5, { source: 'choice', question: 'How often do you use R?' })],
};

describe('offline words', () => {
  it('writes a plain tagline from labels, never a quoted question', () => {
    expect(describeSegment(segA).tagline).toBe(
      'Wants automated dashboards, held back by slow exports',
    );
    expect(describeSegment(segB).tagline).toBe('Uses R daily');
    const long = {
      ...segA,
      traits: [
        t('GOAL', 'A single trustworthy source of truth for every weekly report we send', 3),
        t('PAIN_POINT', 'Exports that time out whenever the dataset grows past a million rows', 3),
      ],
    };
    const line = describeSegment(long).tagline;
    expect(line.length).toBeLessThanOrEqual(MAX_TAGLINE_CHARS);
    expect(line).not.toMatch(/\?/);
  });

  it('names a segment by what its people do before what they do not', () => {
    const choice = (label: string, question: string, lift: number, share: number) =>
      t('BEHAVIOR', label, lift, { source: 'choice', question, share, openTextEvidence: false });
    const seg = {
      memberIds: ['p1', 'p2', 'p3'],
      share: 0.3,
      traits: [
        choice(
          "Never -- I don't use Shiny.",
          'How often do you currently use Shiny? Choose the statement that most closely matches your use.',
          1.9,
          0.54,
        ),
        choice('Intermediate', 'How would you rate your level of experience using R?', 1.5, 0.85),
      ],
    };
    expect(describeSegment(seg).tagline).toBe("Intermediate R user who doesn't use Shiny");
    // With nothing else to say, the negation still names them.
    expect(describeSegment({ ...seg, traits: [seg.traits[0]] }).tagline).toBe("Doesn't use Shiny");
  });

  it('names a segment by what most of it does; a claim only some hold is said as such', () => {
    const choice = (label: string, question: string, lift: number, share: number) =>
      t('BEHAVIOR', label, lift, { source: 'choice', question, share, openTextEvidence: false });
    const newcomer = choice(
      'Less than one year',
      'Roughly how long have you been using Jupyter Notebook?',
      1.5,
      0.35,
    );
    const weekly = choice('Weekly', 'How often do you use Jupyter Notebook?', 1.2, 0.42);
    const seg = (...traits: Trait[]) => ({ memberIds: ['p1', 'p2', 'p3'], share: 0.6, traits });
    // The Jupyter survey's second segment: 35 % newcomers (1.5×) was its name, as if all were.
    expect(describeSegment(seg(newcomer, weekly)).tagline).toBe(
      'Many have used Jupyter Notebook for less than one year',
    );
    // A claim most of them hold leads, though a minority claim sets them apart more.
    const daily = choice('Daily', 'How often do you use Jupyter Notebook?', 1.2, 0.7);
    expect(describeSegment(seg(newcomer, daily)).tagline).toBe('Uses Jupyter Notebook daily');
    // Among claims some of them hold, what they do still comes before what they do not.
    const noShiny = choice(
      "Never -- I don't use Shiny.",
      'How often do you currently use Shiny? Choose the statement that most closely matches your use.',
      2.5,
      0.45,
    );
    expect(describeSegment(seg(noShiny, newcomer)).tagline).toBe(
      'Many have used Jupyter Notebook for less than one year',
    );
    // Under a quarter, a claim stays out of the headline.
    const rare = choice(
      'Less than one year',
      'Roughly how long have you been using Jupyter Notebook?',
      3,
      0.2,
    );
    expect(describeSegment(seg(rare)).tagline).not.toMatch(/less than one year/);
  });

  it('puts a claim in the plural for "many"', () => {
    expect(manyClaim('Has used R for less than a year')).toBe(
      'Many have used R for less than a year',
    );
    expect(manyClaim('Uses Python with their R applications')).toBe(
      'Many use Python with their R applications',
    );
    expect(manyClaim("Doesn't use Shiny")).toBe("Many don't use Shiny");
    expect(manyClaim('Beginner R user')).toBe('Many are beginner R users');
    expect(manyClaim('Watches the webinars')).toBe('Many watch the webinars');
    expect(manyClaim('Learned R because they wanted to do statistical analyses')).toBe(
      'Many learned R because they wanted to do statistical analyses',
    );
    expect(manyClaim('Never uses the API')).toBe('Many never use the API');
    expect(manyClaim('Carries a laptop')).toBe('Many carry a laptop');
  });

  it('puts a quoted goal in the tagline when it sets the segment apart far more than any claim', () => {
    const daily = t('BEHAVIOR', 'Daily', 1.5, {
      source: 'choice',
      question: 'How often do you use Jupyter Notebook?',
      share: 0.72,
      openTextEvidence: false,
    });
    const goal = (share: number, lift: number) =>
      t('GOAL', 'version control git', lift, {
        source: 'text',
        share,
        evidence: [span('Version Control, git', 'p1'), span('git integration', 'p2')],
      });
    const seg = (g: Trait) => ({ memberIds: ['p1', 'p2', 'p3'], share: 0.1, traits: [daily, g] });
    expect(describeSegment(seg(goal(0.37, 3.8))).tagline).toBe(
      'Uses Jupyter Notebook daily; wants “Version Control, git”',
    );
    // A quoted goal about as strong as the claim stays out of the headline.
    expect(describeSegment(seg(goal(0.3, 1.6))).tagline).toBe('Uses Jupyter Notebook daily');
  });

  it('quotes own words in a tagline when a pain point is only known from open text', () => {
    const seg = {
      ...segA,
      traits: [
        t('PAIN_POINT', 'kernel, start', 3, {
          source: 'text',
          evidence: [span('The kernel takes forever to start.', 'p2')],
        }),
      ],
    };
    expect(describeSegment(seg).tagline).toBe('Held back by “The kernel takes forever to start.”');
    // The backstory quotes them too, rather than nesting one label inside another.
    expect(describeSegment(seg).backstory).toContain(
      'What gets in the way: in their words, “The kernel takes forever to start.”',
    );
    expect(describeSegment(seg).backstory).not.toMatch(/”\./);
  });

  it('summarises in 3–5 sentences and tells a backstory of 2–5 sentences (what they do, want and struggle with), only from the traits', () => {
    const w = describeSegment(segA);
    const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    expect(w.summary).toContain(`${w.name} stands for 30 % of participants (3 people).`);
    expect(w.summary).toContain('Wants automated dashboards (60 %, 2.0× the study).');
    expect(sentences(w.summary)).toBeGreaterThanOrEqual(3);
    expect(sentences(w.summary)).toBeLessThanOrEqual(5);
    expect(w.backstory).toContain('Role: Analyst (60 %)');
    expect(sentences(w.backstory)).toBeGreaterThanOrEqual(2);
    expect(sentences(w.backstory)).toBeLessThanOrEqual(5);
    expect(w.backstory).toMatch(/What they are after: wants automated dashboards\./);
    expect(w.backstory).toMatch(/What gets in the way: /);
    expect(describeSegment(segB).summary).toContain('A small segment');
  });

  it('leads the summary with what people do, not what they do not, and says what the whole study shares as such', () => {
    const w = describeSegment({
      memberIds: ['p1', 'p2', 'p3', 'p4'],
      share: 0.34,
      traits: [
        t('BEHAVIOR', "Doesn't use Shiny", 1.9, { share: 0.54 }),
        t('PAIN_POINT', 'Language syntax', 1.0, { share: 0.29 }),
        t('MOTIVATION', 'Statistical analyses', 1.05, { share: 0.21 }),
        t('GOAL', 'Faster package installs', 1.4, { share: 0.2 }),
      ],
    });
    const [, first, ...rest] = w.summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
    expect(first).toMatch(/^Wants faster package installs \(20 %, 1\.4× the study\)\.$/);
    expect(rest[0]).toMatch(/^Doesn['’]t use Shiny \(54 %, 1\.9× the study\)\.$/);
    expect(w.summary).not.toMatch(/about as in the study/);
    expect(rest.at(-1)).toMatch(
      /^Shared with the whole study: .*language syntax \(29 %\); .*statistical analyses \(21 %\)\.$/i,
    );
  });

  it('says a rating as what people do, and own words in the shared sentence as a clause', () => {
    const w = describeSegment({
      memberIds: ['p1', 'p2', 'p3', 'p4'],
      share: 0.3,
      traits: [
        t('PSYCHOGRAPHIC', '1–2', 2.0, {
          source: 'scale',
          share: 0.41,
          question: 'How much do you enjoy using Python?',
          mean: { segment: 2.6, study: 3.3, min: 1, max: 5 },
        }),
        t('GOAL', 'Pycharm', 1.0, {
          source: 'text',
          share: 0.21,
          evidence: [span('Pycharm', 'p2')],
        }),
      ],
    });
    expect(w.summary).toContain(
      'Rates “Enjoy using Python” 2.6 of 5 on average, against 3.3 in the study (41 % give 1–2).',
    );
    expect(w.summary).toMatch(/Shared with the whole study: wants “Pycharm”[^.]*\(21 %\)\./);
  });

  it('is deterministic, seeds names and avatars from content, and gives distinct names', () => {
    expect(describeSegment(segA)).toEqual(describeSegment(segA));
    expect(describeSegment(segA).avatarSeed).not.toBe(describeSegment(segB).avatarSeed);
    const many = describeSegments(Array.from({ length: 70 }, () => segA));
    expect(new Set(many.map((w) => w.name)).size).toBe(70);
  });

  it('uses no gendered or age words', () => {
    for (const w of describeSegments([segA, segB]))
      expect(`${w.tagline} ${w.summary} ${w.backstory}`).not.toMatch(
        /\b(he|she|his|her|him|man|woman|guy|girl|boy|young|old)\b/i,
      );
  });

  it('says so when a segment has no traits', () => {
    const w = describeSegment({ memberIds: ['x'], share: 1, traits: [] });
    expect(w.tagline).toBe('The broad middle: no need sets them apart from the study');
    expect(w.summary).toContain('No behaviour, goal or pain point sets this segment clearly apart');
  });
});
