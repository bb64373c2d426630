import { describe, expect, it } from 'vitest';
import { codingAgreement } from './agreement';

const u = (unit: string, ...codes: string[]) => ({ unit, codes: new Set(codes) });

describe('codingAgreement', () => {
  it('is perfect for identical coding', () => {
    const coded = [u('1', 'a'), u('2', 'b'), u('3', 'a', 'b')];
    expect(codingAgreement(coded, coded, ['a', 'b'])).toEqual({ units: 3, observed: 1, cohensKappa: 1 });
  });

  it('matches a hand-computed kappa', () => {
    // 4 units × 1 code: A says yes,yes,no,no; B says yes,no,no,no.
    const a = [u('1', 'x'), u('2', 'x'), u('3'), u('4')];
    const b = [u('1', 'x'), u('2'), u('3'), u('4')];
    const r = codingAgreement(a, b, ['x']);
    // po = 3/4; pA = 1/2, pB = 1/4; pe = 1/8 + 3/8 = 1/2; kappa = (0.75 - 0.5) / 0.5 = 0.5
    expect(r.units).toBe(4);
    expect(r.observed).toBe(0.75);
    expect(r.cohensKappa).toBeCloseTo(0.5, 12);
  });

  it('counts only units both coders saw and is negative for systematic disagreement', () => {
    const a = [u('1', 'x'), u('2'), u('9', 'x')];
    const b = [u('1'), u('2', 'x')];
    const r = codingAgreement(a, b, ['x']);
    expect(r.units).toBe(2);
    expect(r.observed).toBe(0);
    expect(r.cohensKappa).toBeLessThan(0);
  });

  it('answers zero units when nothing overlaps', () => {
    expect(codingAgreement([u('1', 'x')], [u('2', 'x')], ['x'])).toEqual({ units: 0, observed: 0, cohensKappa: 0 });
  });
});
