import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it.each([
    ['2019/12/13 11:45:12 AM GMT+1', '2019-12-13T10:45:12.000Z'],
    ['2019/12/13 12:05:00 AM GMT-5', '2019-12-13T05:05:00.000Z'],
    ['2019/12/13 12:05:00 PM GMT+5:30', '2019-12-13T06:35:00.000Z'],
    ['12/13/2019 9:50:30', '2019-12-13T09:50:30.000Z'],
    ['12/13/2019 21:50', '2019-12-13T21:50:00.000Z'],
    ['2019-12-13T11:45:12Z', '2019-12-13T11:45:12.000Z'],
    ['2019-12-13T11:45:12.250+01:00', '2019-12-13T10:45:12.250Z'],
    ['2019-12-13T11:45:12', '2019-12-13T11:45:12.000Z'],
    ['Dec 13, 2019 11:45:12', '2019-12-13T11:45:12.000Z'],
    ['December 13, 2019 1:45:12 pm', '2019-12-13T13:45:12.000Z'],
    ['2015-12-15 17:55:06', '2015-12-15T17:55:06.000Z'],
    ['2015-12-15', '2015-12-15T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTimestamp(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '2019-02-30 10:00:00',
    '13/13/2019 10:00',
    '2019-12-13 25:00:00',
    '2019/12/13 13:00 PM',
    'Foo 13, 2019',
    '2019-12-13 10:00 next week',
  ])('rejects %j', (text) => {
    expect(parseTimestamp(text)).toBeNull();
  });
});

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD and US M/D/YYYY dates as YYYY-MM-DD', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('3/5/2024')).toBe('2024-03-05');
    expect(parseCalendarDate('12/31/1999')).toBe('1999-12-31');
  });

  it('rejects impossible dates and anything with a time or other order', () => {
    for (const text of ['2023-02-29', '31/12/1999', '2024-03-05 10:00', '2024/03/05', 'March 5']) {
      expect(parseCalendarDate(text)).toBeNull();
    }
  });
});

describe('hostile cells (linear time)', () => {
  it('refuses a date followed by 60,000 spaces at once instead of backtracking', () => {
    expect(parseTimestamp(`2019-12-14${' '.repeat(60_000)}x`)).toBeNull();
    expect(parseTimestamp(`2019-12-14 10:00${' '.repeat(60_000)}`)).toBeNull();
    expect(parseCalendarDate(`2019-12-14${' '.repeat(60_000)}`)).toBeNull();
  });
});
