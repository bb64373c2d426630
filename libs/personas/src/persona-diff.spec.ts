import { describe, expect, it } from 'vitest';
import type { PersonaContent, StoredEvidence } from './persona-content';
import { changedFields, diffContent } from './persona-diff';

const ev = (segmentId: string, start: number, end: number, quote: string): StoredEvidence => ({
  source: { type: 'TRANSCRIPT_SEGMENT', segmentId },
  start,
  end,
  quote,
  participantId: 'p1',
});

const base: PersonaContent = {
  name: 'Dana',
  tagline: 'Exports everything',
  summary: 'Works around a slow dashboard.',
  avatarSvg: '<svg/>',
  segmentShare: 0.5,
  participantCount: 3,
  traits: [
    {
      kind: 'BEHAVIOR',
      text: 'Exports to CSV daily',
      evidence: [ev('s1', 0, 10, 'I export e')],
      share: 0.6,
      lift: 2,
    },
    {
      kind: 'PAIN_POINT',
      text: 'The dashboard is slow',
      evidence: [ev('s1', 20, 30, 'dashboard ')],
    },
  ],
  quotes: [ev('s1', 0, 10, 'I export e')],
};

describe('diffContent', () => {
  it('finds nothing between equal versions', () => {
    expect(diffContent(base, structuredClone(base))).toEqual([]);
  });

  it('reports scalar changes, a removed tagline and reworded, added and removed traits', () => {
    const next: PersonaContent = {
      ...base,
      name: 'Dan',
      tagline: null,
      traits: [
        {
          kind: 'BEHAVIOR',
          text: 'Exports to CSV every morning',
          evidence: base.traits[0].evidence,
        },
        { kind: 'GOAL', text: 'Wants fast reports', evidence: [ev('s2', 0, 4, 'fast')] },
      ],
    };
    expect(diffContent(base, next)).toEqual([
      { field: 'name', change: 'CHANGED', before: 'Dana', after: 'Dan' },
      { field: 'tagline', change: 'REMOVED', before: 'Exports everything', after: null },
      {
        field: 'trait',
        change: 'CHANGED',
        before: 'BEHAVIOR: Exports to CSV daily',
        after: 'BEHAVIOR: Exports to CSV every morning',
      },
      { field: 'trait', change: 'ADDED', before: null, after: 'GOAL: Wants fast reports' },
      {
        field: 'trait',
        change: 'REMOVED',
        before: 'PAIN_POINT: The dashboard is slow',
        after: null,
      },
    ]);
    expect(changedFields(base, next)).toEqual(['name', 'tagline', 'traits']);
  });

  it('reports new evidence on an unchanged claim and changed quotes', () => {
    const next: PersonaContent = {
      ...base,
      traits: [{ ...base.traits[0], evidence: [ev('s1', 0, 9, 'I export ')] }, base.traits[1]],
      quotes: [ev('s2', 0, 4, 'fast')],
    };
    expect(diffContent(base, next)).toEqual([
      {
        field: 'trait.evidence',
        change: 'CHANGED',
        before: 'BEHAVIOR: Exports to CSV daily — "I export e"',
        after: 'BEHAVIOR: Exports to CSV daily — "I export "',
      },
      { field: 'quote', change: 'REMOVED', before: 'I export e', after: null },
      { field: 'quote', change: 'ADDED', before: null, after: 'fast' },
    ]);
  });
});
