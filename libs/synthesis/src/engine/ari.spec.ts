import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under any renaming', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
  });

  it('matches a worked example', () => {
    // Pairs together in both: 2; expected 6·3/15 = 1.2; max (6 + 3)/2 = 4.5 → (2 − 1.2)/(4.5 − 1.2).
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.2424242424, 8);
  });

  it('is about 0 for unrelated labelings', () => {
    const a = Array.from({ length: 2000 }, (_, i) => i % 3);
    const b = Array.from({ length: 2000 }, (_, i) => Math.floor(i / 7) % 4);
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.02);
  });

  it('rejects labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow();
  });
});
