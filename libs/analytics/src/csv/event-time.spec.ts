import { describe, expect, it } from 'vitest';
import { parseEventTime } from './event-time';

const at = Date.UTC(2026, 11, 1, 10, 30, 0);

describe('parseEventTime', () => {
  it('reads ISO 8601 with and without a zone (no zone = UTC)', () => {
    expect(parseEventTime('2026-12-01T10:30:00Z')).toBe(at);
    expect(parseEventTime('2026-12-01T11:30:00+01:00')).toBe(at);
    expect(parseEventTime('2026-12-01 10:30:00')).toBe(at);
    expect(parseEventTime('2026-12-01T10:30:00.000Z')).toBe(at);
    expect(parseEventTime('2026-12-01T10:30')).toBe(at);
    expect(parseEventTime('2026-12-01')).toBe(Date.UTC(2026, 11, 1));
  });

  it('reads unix seconds and milliseconds', () => {
    expect(parseEventTime(String(at / 1000))).toBe(at);
    expect(parseEventTime(String(at))).toBe(at);
    expect(parseEventTime(`${at / 1000}.25`)).toBe(at + 250);
  });

  it('reads RFC 2822', () => {
    expect(parseEventTime('Tue, 01 Dec 2026 10:30:00 +0000')).toBe(at);
    expect(parseEventTime('Tue, 01 Dec 2026 05:30:00 -0500')).toBe(at);
  });

  it('refuses what is not a plausible date', () => {
    for (const s of ['', '  ', 'yesterday', '12', '42.5', '2026-13-45', '3000-01-01T00:00:00Z', 'NaN'])
      expect(parseEventTime(s), s).toBeNull();
  });
});
