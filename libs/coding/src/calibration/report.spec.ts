import { describe, expect, it } from 'vitest';
import { MIN_SHARED_UNITS } from '../agreement';
import { calibrationFigures, type CalibratedUnit } from './report';

/**
 * 20 units, codes X and Y. X: human yes on u0–u9, coder yes on u0–u7 and u10–u11.
 * Y: human yes on u0–u3, coder yes on u0–u1 and u19.
 */
function table(): CalibratedUnit[] {
  return Array.from({ length: 20 }, (_, i) => ({
    id: `u${i}`,
    human: [...(i < 10 ? ['X'] : []), ...(i < 4 ? ['Y'] : [])],
    coder: [...(i < 8 || i === 10 || i === 11 ? ['X'] : []), ...(i < 2 || i === 19 ? ['Y'] : [])],
  }));
}
const codes = [
  { id: 'X', name: 'Learning curve' },
  { id: 'Y', name: 'Pricing' },
];

describe('calibrationFigures', () => {
  it("gives Cohen's kappa per code, counts, precision and recall as computed by hand", () => {
    const r = calibrationFigures(table(), codes);
    const [x, y] = r.perCode;
    // X: both yes 8, human only 2, coder only 2, neither 8 → po 16/20 = 0.8;
    // pH = 0.5, pC = 0.5 → pe 0.5 → kappa 0.6; precision 8/10, recall 8/10.
    expect(x).toMatchObject({ codeName: 'Learning curve', units: 20, humanUses: 10, coderUses: 10, observed: 0.8, precision: 0.8, recall: 0.8, enough: true });
    expect(x!.cohensKappa).toBeCloseTo(0.6, 12);
    // Y: both 2, human only 2, coder only 1, neither 15 → po 17/20 = 0.85;
    // pH = 0.2, pC = 0.15 → pe 0.03 + 0.68 = 0.71 → kappa (0.85 − 0.71) / 0.29 = 0.14 / 0.29.
    expect(y).toMatchObject({ humanUses: 4, coderUses: 3, observed: 0.85, recall: 0.5, enough: false });
    expect(y!.precision).toBeCloseTo(2 / 3, 12);
    expect(y!.cohensKappa).toBeCloseTo(0.14 / 0.29, 12);
    // Overall over 40 decisions: agree 16 + 17 = 33 → 0.825; pH = 14/40, pC = 13/40.
    const pe = (14 / 40) * (13 / 40) + (26 / 40) * (27 / 40);
    expect(r.observed).toBeCloseTo(33 / 40, 12);
    expect(r.cohensKappa).toBeCloseTo((33 / 40 - pe) / (1 - pe), 12);
    expect(r).toMatchObject({ units: 20, minSharedUnits: MIN_SHARED_UNITS, enough: true });
  });

  it('has no precision when the coder never used a code, and too few units below the shared minimum', () => {
    const units = table().slice(0, 5).map((u) => ({ ...u, coder: [] }));
    const r = calibrationFigures(units, codes);
    expect(r.enough).toBe(false);
    expect(r.perCode[0]).toMatchObject({ coderUses: 0, precision: null, recall: 0, enough: false });
  });
});
