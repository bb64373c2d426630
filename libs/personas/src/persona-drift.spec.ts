import { describe, expect, it } from 'vitest';
import type { StoredTrait } from './persona-content';
import { MIN_NEWCOMERS, personaDrift, shareDrifted } from './persona-drift';

const trait = (key: string, text: string, share: number, extra: Partial<StoredTrait> = {}) =>
  ({ kind: 'PAIN_POINT', text, evidence: [], share, lift: 2, key, ...extra }) as StoredTrait;

const traits = [
  trait('code:c1', 'Struggles with the learning curve — 40 % (2.1×)', 0.4),
  trait('number:q9:2', 'Years of use: 10 or more — 60 %', 0.6, { kind: 'BEHAVIOR' }),
  trait('choice:q1:Daily', 'Uses R: daily — 80 %', 0.8, { kind: 'BEHAVIOR' }),
  trait('choice:q2:Yes', 'Everyone: yes', 0.95, { sharedByStudy: true }),
  trait('choice:q3:Teacher', 'Role: teacher — 70 %', 0.7, { kind: 'DEMOGRAPHIC' }),
];
const approvedAt = new Date('2026-11-03T10:00:00Z');

describe('personaDrift', () => {
  it('reports growth and a trait that no longer holds, in words, proposing a re-run', () => {
    const d = personaDrift({
      approvedAt,
      shareAtApproval: 0.17,
      traits,
      newcomers: 100,
      assigned: 31,
      factCounts: new Map([
        ['code:c1', 4],
        ['choice:q1:Daily', 25],
      ]),
    });
    expect(d.shareNow).toBeCloseTo(0.31, 9);
    expect(d.shareDrifted).toBe(true);
    expect(d.traits.map((t) => t.key)).toEqual(['code:c1', 'choice:q1:Daily']);
    expect(d.traits[0]).toMatchObject({ drifted: true, label: 'Struggles with the learning curve' });
    expect(d.traits[1].drifted).toBe(false);
    expect(d.drifted).toBe(true);
    expect(d.message).toBe(
      'Since approval on 3 Nov, this persona grew from 17 % to 31 % of new respondents (100 people); ‘Struggles with the learning curve’ now holds for 13 % of newcomers against 40 % at approval. Re-run synthesis to bring the personas up to date.',
    );
  });

  it('does not drift within the thresholds (9 points, under half the share)', () => {
    const d = personaDrift({
      approvedAt,
      shareAtApproval: 0.3,
      traits,
      newcomers: 100,
      assigned: 39,
      factCounts: new Map([
        ['code:c1', 16],
        ['choice:q1:Daily', 30],
      ]),
    });
    expect(d.drifted).toBe(false);
    expect(d.message).not.toContain('Re-run');
  });

  it('uses the relative threshold for small personas (8 % → 13 %)', () => {
    expect(shareDrifted(0.08, 0.13)).toBe(true);
    expect(shareDrifted(0.3, 0.39)).toBe(false);
    expect(shareDrifted(0.3, 0.2)).toBe(true);
  });

  it('says nothing about drift with too few newcomers', () => {
    const d = personaDrift({
      approvedAt,
      shareAtApproval: 0.2,
      traits,
      newcomers: MIN_NEWCOMERS - 1,
      assigned: 19,
      factCounts: new Map(),
    });
    expect(d.shareNow).toBeNull();
    expect(d.drifted).toBe(false);
    expect(d.traits.every((t) => t.shareNow === null)).toBe(true);
    expect(d.message).toContain(`drift is judged from ${MIN_NEWCOMERS}`);
  });

  it('does not compare traits on fewer than 10 newcomers placed in the persona', () => {
    const d = personaDrift({
      approvedAt,
      shareAtApproval: 0.2,
      traits,
      newcomers: 50,
      assigned: 9,
      factCounts: new Map([['code:c1', 0]]),
    });
    expect(d.traits.every((t) => t.shareNow === null && !t.drifted)).toBe(true);
    expect(d.message).toContain('shrank from 20 % to 18 % of new respondents (50 people).');
    expect(d.drifted).toBe(false);
  });
});
