import { describe, expect, it } from 'vitest';
import { jaccard, matchSegments } from './persona-draft.service';

const draft = (...memberIds: string[]) => ({ memberIds });
const persona = (...member_ids: string[]) => ({ member_ids });

describe('jaccard', () => {
  it('is the shared share of the union, 0 for two empty sets', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('matchSegments', () => {
  it('pairs each segment with the persona sharing most members, one to one, best pairs first', () => {
    const match = matchSegments(
      [draft('a', 'b', 'c'), draft('d', 'e', 'f'), draft('a', 'b', 'x')],
      [persona('d', 'e'), persona('a', 'b', 'c', 'y')],
    );
    // Segment 0 takes persona 1 (0.75) before segment 2 can (0.4); segment 2 is left for a new draft.
    expect([...match.entries()].sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves a segment unmatched under 0.3 overlap, so it becomes a new persona', () => {
    expect(matchSegments([draft('a', 'b', 'c', 'd')], [persona('a', 'x', 'y', 'z')]).size).toBe(0);
    const five = persona('a', 'b', 'c', 'd', 'e');
    expect(matchSegments([draft('a')], [five]).get(0)).toBeUndefined(); // 0.2
    expect(matchSegments([draft('a', 'b')], [five]).get(0)).toBe(0); // 0.4
  });
});
