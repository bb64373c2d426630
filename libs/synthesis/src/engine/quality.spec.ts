import { describe, expect, it } from 'vitest';
import {
  assertFaithful,
  buildQuality,
  evidenceCoverage,
  faithfulness,
  UnfaithfulEvidenceError,
} from './quality';
import { indexSources } from './sources';
import { answerSource, participant } from '../../test/engine/test-helpers';
import type { EvidenceSpan, SegmentResult, Trait } from './types';

const text = answerSource('p1', 'open', 'Exports are slow. I want dashboards.');
const other = answerSource('p2', 'open', 'Dashboards please.');
const input = {
  participants: [participant('p1', { texts: [text] }), participant('p2', { texts: [other] })],
};
const good: EvidenceSpan = {
  ref: text.ref,
  start: 0,
  end: 17,
  quote: 'Exports are slow.',
  participantId: 'p1',
};
const good2: EvidenceSpan = {
  ref: other.ref,
  start: 0,
  end: 10,
  quote: 'Dashboards',
  participantId: 'p2',
};
const trait = (evidence: EvidenceSpan[]): Trait => ({
  kind: 'GOAL',
  text: 't',
  key: 'k',
  label: 'l',
  share: 1,
  studyShare: 1,
  lift: 1,
  support: 1,
  evidence,
  source: 'code',
  sharedByStudy: false,
  openTextEvidence: true,
});
const segment = (traits: Trait[], quotes: EvidenceSpan[] = []): SegmentResult => ({
  memberIds: ['p1', 'p2'],
  memberFits: [0.9, 0.8],
  share: 1,
  traits,
  quotes,
  centroidSummary: [],
  small: false,
  profile: [],
  interviewees: [],
  certainty: 1,
  avatarSeed: 'a',
});

describe('quality', () => {
  it('evidence coverage counts traits backed by two or more participants', () => {
    expect(
      evidenceCoverage([trait([good, good2]), trait([good]), trait([good, { ...good, start: 1 }])]),
    ).toBeCloseTo(1 / 3, 12);
    expect(evidenceCoverage([])).toBe(0);
  });

  it('faithfulness is the share of spans verbatim at their offsets', () => {
    const sources = indexSources(input.participants);
    expect(faithfulness([good, good2], sources)).toBe(1);
    expect(faithfulness([good, { ...good2, quote: 'dashboards' }], sources)).toBe(0.5);
    expect(
      faithfulness([{ ...good, ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: 'nope' } }], sources),
    ).toBe(0);
    expect(faithfulness([], sources)).toBe(1);
  });

  it('assertFaithful throws on any misquote in traits or quotes, without echoing the text', () => {
    expect(() => assertFaithful([segment([trait([good])], [good2])], input)).not.toThrow();
    const shifted = { ...good, start: 1, end: 18 };
    expect(() => assertFaithful([segment([trait([shifted])])], input)).toThrow(
      UnfaithfulEvidenceError,
    );
    expect(() => assertFaithful([segment([], [{ ...good2, end: 11 }])], input)).toThrow(
      /do not match/,
    );
    try {
      assertFaithful([segment([trait([shifted])])], input);
    } catch (e) {
      expect((e as Error).message).not.toContain('Exports');
    }
  });
});

it('buildQuality combines clustering figures with evidence figures', () => {
  const sources = indexSources(input.participants);
  expect(
    buildQuality([segment([trait([good, good2])], [good])], sources, {
      silhouette: 0.4,
      stability: 0.9,
    }),
  ).toEqual({
    silhouette: 0.4,
    stability: 0.9,
    evidenceCoverage: 1,
    faithfulness: 1,
  });
});
