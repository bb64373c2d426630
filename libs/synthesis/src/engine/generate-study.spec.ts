import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, generateStudy } from './generate-study';
import { containsPrivate } from '@persona-lab/privacy';

describe('generateStudy', () => {
  it('is deterministic per seed', () => {
    expect(generateStudy({ participants: 50, segments: 3, seed: 4 })).toEqual(
      generateStudy({ participants: 50, segments: 3, seed: 4 }),
    );
    expect(generateStudy({ participants: 50, segments: 3, seed: 4 })).not.toEqual(
      generateStudy({ participants: 50, segments: 3, seed: 5 }),
    );
  });

  it('labels every participant with its latent segment, none tiny', () => {
    const { input, latent } = generateStudy({
      participants: 600,
      segments: 4,
      seed: 2,
      interviewees: 5,
    });
    expect(input.participants).toHaveLength(605);
    expect(latent.size).toBe(605);
    const sizes = [0, 1, 2, 3].map((s) => [...latent.values()].filter((x) => x === s).length);
    for (const size of sizes) expect(size / 605).toBeGreaterThan(0.1);
  });

  it('produces highlights at exact offsets and private notes when asked', () => {
    const { input } = generateStudy({
      participants: 200,
      segments: 2,
      seed: 3,
      privateRate: 0.5,
      interviewees: 2,
      turnsPerInterview: 5,
    });
    for (const p of input.participants) {
      for (const c of p.codes) expect(c.source.text.slice(c.start, c.end)).toBe(c.codeName);
    }
    const notes = input.participants.flatMap((p) => p.texts).filter((t) => containsPrivate(t.text));
    expect(notes.length).toBeGreaterThan(50);
  });
});

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
