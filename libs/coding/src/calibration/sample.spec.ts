import { describe, expect, it } from 'vitest';
import { heldOutExamples, sampleCalibrationUnits, seededRandom, type ReferenceUnit } from './sample';

/** 60 units coded A, 6 coded B, 3 coded C (one of them also A), 40 judged without a code. */
function corpus(): ReferenceUnit[] {
  const units: ReferenceUnit[] = [];
  for (let i = 0; i < 60; i++) units.push({ id: `a${String(i).padStart(2, '0')}`, codes: ['A'] });
  for (let i = 0; i < 6; i++) units.push({ id: `b${i}`, codes: ['B'] });
  units.push({ id: 'c0', codes: ['C'] }, { id: 'c1', codes: ['C'] }, { id: 'c2', codes: ['C', 'A'] });
  for (let i = 0; i < 40; i++) units.push({ id: `n${String(i).padStart(2, '0')}`, codes: [] });
  return units;
}

describe('sampleCalibrationUnits', () => {
  it('is deterministic for a seed, whatever the input order, and differs across seeds', () => {
    const units = corpus();
    const a = sampleCalibrationUnits(units, 30, 7).map((u) => u.id);
    const b = sampleCalibrationUnits([...units].reverse(), 30, 7).map((u) => u.id);
    const c = sampleCalibrationUnits(units, 30, 8).map((u) => u.id);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a).size).toBe(30);
  });

  it('is stratified: every code the human used appears, rare codes in full before a common one fills up', () => {
    const sample = sampleCalibrationUnits(corpus(), 30, 1);
    const uses = (code: string) => sample.filter((u) => u.codes.includes(code)).length;
    // 15 coded units drawn round-robin, rarest first: all 3 C units, all 6 B units, then A.
    expect(uses('C')).toBe(3);
    expect(uses('B')).toBe(6);
    expect(uses('A')).toBeGreaterThanOrEqual(6);
    expect(sample.filter((u) => u.codes.length > 0)).toHaveLength(15);
    expect(sample.filter((u) => u.codes.length === 0)).toHaveLength(15);
  });

  it('fills with coded units when few units were judged without a code, and never invents uncoded ones', () => {
    const units = corpus().filter((u) => u.codes.length > 0 || u.id < 'n03');
    const sample = sampleCalibrationUnits(units, 40, 3);
    expect(sample).toHaveLength(40);
    expect(sample.filter((u) => u.codes.length === 0).map((u) => u.id)).toEqual(['n00', 'n01', 'n02']);
    // No uncoded unit at all: the sample is only units the human coded.
    const codedOnly = sampleCalibrationUnits(corpus().filter((u) => u.codes.length), 100, 3);
    expect(codedOnly).toHaveLength(69);
    expect(codedOnly.every((u) => u.codes.length > 0)).toBe(true);
  });

  it('takes everything when the study has fewer units than asked', () => {
    expect(sampleCalibrationUnits(corpus(), 500, 2)).toHaveLength(109);
    expect(sampleCalibrationUnits([], 100, 2)).toEqual([]);
  });

  it('has a seeded random source in [0, 1)', () => {
    const r = seededRandom(42);
    const values = Array.from({ length: 1000 }, r);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(42)()).toBe(values[0]);
  });
});

describe('heldOutExamples', () => {
  it('never takes a quote of a sampled unit, and keeps at most perCode per code', () => {
    const quotes = [
      { unitId: 'u1', codeId: 'A', text: 'sampled one' },
      { unitId: 'u2', codeId: 'A', text: 'kept 1' },
      { unitId: 'u3', codeId: 'A', text: 'kept 2' },
      { unitId: 'u4', codeId: 'A', text: 'over the limit' },
      { unitId: 'u1', codeId: 'B', text: 'sampled two' },
    ];
    const out = heldOutExamples(quotes, new Set(['u1']), 2);
    expect(out.get('A')).toEqual(['kept 1', 'kept 2']);
    expect(out.has('B')).toBe(false);
  });
});
