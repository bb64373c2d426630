import { describe, expect, it } from 'vitest';
import { detectDayOrder, parseDate } from './dates';

const iso = (d: Date | null | undefined) => (d instanceof Date ? d.toISOString() : d);

describe('parseDate', () => {
  it('reads ISO 8601 with and without a zone (none is UTC)', () => {
    expect(iso(parseDate('2025-03-04T10:20:30Z'))).toBe('2025-03-04T10:20:30.000Z');
    expect(iso(parseDate('2025-03-04T10:20:30+02:00'))).toBe('2025-03-04T08:20:30.000Z');
    expect(iso(parseDate('2025-03-04 10:20:30 -0500'))).toBe('2025-03-04T15:20:30.000Z');
    expect(iso(parseDate('2025-03-04'))).toBe('2025-03-04T00:00:00.000Z');
    expect(iso(parseDate('2025-03-04 10:20:30 UTC'))).toBe('2025-03-04T10:20:30.000Z');
  });

  it('reads RFC 2822 and unix seconds or milliseconds', () => {
    expect(iso(parseDate('Tue, 04 Mar 2025 10:20:30 +0000'))).toBe('2025-03-04T10:20:30.000Z');
    expect(iso(parseDate('4 Mar 2025 10:20:30 GMT'))).toBe('2025-03-04T10:20:30.000Z');
    expect(iso(parseDate('1741083630'))).toBe('2025-03-04T10:20:30.000Z');
    expect(iso(parseDate('1741083630000'))).toBe('2025-03-04T10:20:30.000Z');
    expect(iso(parseDate(1741083630))).toBe('2025-03-04T10:20:30.000Z');
  });

  it('reads slashed dates by the column’s day order, with 12-hour times', () => {
    expect(iso(parseDate('3/4/2025', 'MDY'))).toBe('2025-03-04T00:00:00.000Z');
    expect(iso(parseDate('3/4/2025', 'DMY'))).toBe('2025-04-03T00:00:00.000Z');
    expect(iso(parseDate('12/31/24 1:05 PM', 'MDY'))).toBe('2024-12-31T13:05:00.000Z');
  });

  it('tells an empty cell (null) from an unreadable one (undefined)', () => {
    expect(parseDate('   ')).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate('last tuesday')).toBeUndefined();
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('13/13/2025', 'MDY')).toBeUndefined();
  });
});

describe('detectDayOrder', () => {
  it('decides per column from a day above 12', () => {
    expect(detectDayOrder(['3/4/2025', '25/4/2025'])).toMatchObject({ order: 'DMY', decided: true });
    expect(detectDayOrder(['3/4/2025', '4/25/2025'])).toMatchObject({ order: 'MDY', decided: true });
    expect(detectDayOrder(['3/4/2025', '2025-01-01'])).toMatchObject({ order: 'MDY', decided: false });
    expect(detectDayOrder(['25/4/2025', '4/25/2025']).conflicting).toBe(true);
  });
});
