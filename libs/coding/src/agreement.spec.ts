import { describe, expect, it } from 'vitest';
import { codingAgreement, sharedUnits } from './agreement';

const set = (...keys: string[]) => new Set(keys);

describe('codingAgreement', () => {
  it('is perfect for identical coding, counting units neither coder marked', () => {
    const coded = set('u1|a', 'u2|b');
    expect(codingAgreement(['u1', 'u2', 'u3'], ['a', 'b'], coded, coded)).toEqual({ units: 6, observed: 1, cohensKappa: 1 });
  });

  it('matches a hand-computed kappa', () => {
    // 4 units × 1 code: A says yes, yes, no, no; B says yes, no, no, no.
    const r = codingAgreement(['1', '2', '3', '4'], ['x'], set('1|x', '2|x'), set('1|x'));
    // po = 3/4; pA = 1/2, pB = 1/4; pe = 1/8 + 3/8 = 1/2; kappa = (0.75 - 0.5) / 0.5 = 0.5
    expect(r.units).toBe(4);
    expect(r.observed).toBe(0.75);
    expect(r.cohensKappa).toBeCloseTo(0.5, 12);
  });

  it('matches a second hand-computed table (2 codes)', () => {
    // Decisions (A,B): u1a(1,1) u1b(0,1) u2a(0,0) u2b(1,1) u3a(1,0) u3b(0,0)
    const r = codingAgreement(['u1', 'u2', 'u3'], ['a', 'b'], set('u1|a', 'u2|b', 'u3|a'), set('u1|a', 'u1|b', 'u2|b'));
    // po = 4/6; pA = 3/6, pB = 3/6; pe = 0.5; kappa = (2/3 - 1/2) / (1/2) = 1/3
    expect(r.observed).toBeCloseTo(4 / 6, 12);
    expect(r.cohensKappa).toBeCloseTo(1 / 3, 12);
  });

  it('is negative for systematic disagreement', () => {
    const r = codingAgreement(['1', '2'], ['x'], set('1|x'), set('2|x'));
    expect(r.observed).toBe(0);
    expect(r.cohensKappa).toBeLessThan(0);
  });

  it('answers zero units when there is nothing to compare', () => {
    expect(codingAgreement([], ['x'], set(), set())).toEqual({ units: 0, observed: 0, cohensKappa: 0 });
  });
});

describe('sharedUnits', () => {
  it('keeps only the units both coders judged, once each', () => {
    expect(sharedUnits(['u1', 'u2', 'u2', 'u3'], ['u3', 'u4', 'u2'])).toEqual(['u2', 'u3']);
    expect(sharedUnits(['u1'], ['u2'])).toEqual([]);
  });
});
