import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventTimeText, generalEventTime, parseEventTime } from './event-time';

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

// The import reads 10M rows through a hand-written fast path for the common ISO shape and a
// text shortcut for unix times. Both must answer exactly what the general parser answers, on the
// shapes they take and on near misses (out-of-range fields, odd fractions, stray characters).
describe('fast paths agree with the general parser', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const isoLike = fc
    .record({
      y: fc.oneof(fc.integer({ min: 1985, max: 2105 }), fc.integer({ min: 0, max: 9999 })),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.integer({ min: 0, max: 61 }),
      sep: fc.constantFrom('T', ' ', 't', '_'),
      fraction: fc.constantFrom('', '.', '.5', '.25', '.125', '.1234', ',5', '.x1'),
      zone: fc.constantFrom('', 'Z', 'z', '+01:00', '-0500', ' Z'),
      around: fc.constantFrom('', ' ', '\t', ' x'),
    })
    .map(
      (r) =>
        `${r.around === ' x' ? '' : r.around}${pad(r.y, 4)}-${pad(r.mo, 2)}-${pad(r.d, 2)}${r.sep}${pad(r.h, 2)}:${pad(r.mi, 2)}:${pad(r.s, 2)}${r.fraction}${r.zone}${r.around}`,
    );

  it('the ISO fast path: same milliseconds or the same refusal', () => {
    fc.assert(
      fc.property(isoLike, (s) => {
        expect(parseEventTime(s), s).toBe(generalEventTime(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('the COPY text of a time is the text of the number the parser reads', () => {
    const unix = fc.oneof(
      fc.integer({ min: 0, max: 5_000_000_000 }).map(String),
      fc.integer({ min: 0, max: 5_000_000_000_000 }).map(String),
      fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
      fc.stringMatching(/^\d{1,16}(\.\d{1,4})?$/),
    );
    fc.assert(
      fc.property(fc.oneof(unix, isoLike), (s) => {
        const ms = generalEventTime(s);
        expect(eventTimeText(s), s).toBe(ms === null ? null : String(ms));
      }),
      { numRuns: 20_000 },
    );
  });
});
