import { describe, expect, it } from 'vitest';
import { selectQuotes } from './quotes';
import { answerSource, highlight, participant } from '../../test/engine/test-helpers';
import type { Trait } from './types';

const painTrait: Trait = {
  kind: 'PAIN_POINT',
  text: 't',
  key: 'code:slow',
  label: 'Slow exports',
  share: 1,
  studyShare: 0.5,
  lift: 2,
  support: 3,
  evidence: [],
  source: 'code',
  sharedByStudy: false,
  openTextEvidence: true,
};

describe('selectQuotes', () => {
  const s1 = answerSource(
    'p1',
    'open',
    'We meet weekly. Honestly the slow exports ruin my Mondays! Anyway.',
  );
  const s2 = answerSource(
    'p2',
    'open',
    'Dashboards are everything to our team. The weather is nice today.',
  );
  const s3 = answerSource('p3', 'open', 'Slow exports again, mail me at a@b.com about it.');
  const s4 = answerSource('p4', 'open', 'Honestly the slow exports ruin my Mondays!');
  const people = [
    participant('p1', {
      texts: [s1],
      codes: [highlight(s1, 'slow exports', 'slow', 'PAIN_POINT')],
    }),
    participant('p2', { texts: [s2] }),
    participant('p3', {
      texts: [s3],
      codes: [highlight(s3, 'Slow exports', 'slow', 'PAIN_POINT')],
    }),
    participant('p4', {
      texts: [s4],
      codes: [highlight(s4, 'slow exports', 'slow', 'PAIN_POINT')],
    }),
  ];
  const quotes = selectQuotes(
    people,
    [0, 1, 2, 3],
    [painTrait],
    new Map([
      ['dashboard', 0.5],
      ['team', 0.2],
    ]),
  );

  it('quotes the whole sentence around a trait highlight', () => {
    expect(quotes[0]).toMatchObject({
      participantId: 'p1',
      quote: 'Honestly the slow exports ruin my Mondays!',
    });
    expect(s1.text.slice(quotes[0].start, quotes[0].end)).toBe(quotes[0].quote);
  });

  it('falls back to the sentence richest in distinctive terms', () => {
    expect(quotes[1]).toMatchObject({
      participantId: 'p2',
      quote: 'Dashboards are everything to our team.',
    });
  });

  it('skips private sources and repeated wording', () => {
    expect(quotes.map((q) => q.participantId)).toEqual(['p1', 'p2']);
  });

  it('stops at the maximum', () => {
    expect(
      selectQuotes(people, [0, 1, 2, 3], [painTrait], new Map([['dashboard', 1]]), { max: 1 }),
    ).toHaveLength(1);
  });
});
