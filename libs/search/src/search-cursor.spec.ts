import { describe, expect, it } from 'vitest';
import { afterFor, before, decodeCursor, encodeCursor } from './search-cursor';
import { normalizeQuery } from './search.service';

describe('search cursors', () => {
  it('round-trips a position and refuses anything else as BAD_USER_INPUT', () => {
    const p = { rank: 0.25, source: 'CODE' as const, key: '0f8a7c4e-0000-4000-8000-000000000000' };
    expect(decodeCursor(encodeCursor(p))).toEqual(p);
    for (const bad of [
      '',
      'x',
      Buffer.from('[1,"NOPE","k"]').toString('base64url'),
      Buffer.from('[-1,"CODE","k"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
      'A'.repeat(700),
    ])
      expect(() => decodeCursor(bad), bad).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
  });

  it('orders by rank descending, then kind, then key', () => {
    const at = (rank: number, source: 'ANSWER' | 'TRANSCRIPT', key: string) => ({
      rank,
      source,
      key,
    });
    expect(before(at(0.5, 'TRANSCRIPT', 'b'), at(0.4, 'ANSWER', 'a'))).toBe(true);
    expect(before(at(0.4, 'ANSWER', 'z'), at(0.4, 'TRANSCRIPT', 'a'))).toBe(true);
    expect(before(at(0.4, 'ANSWER', 'a'), at(0.4, 'ANSWER', 'b'))).toBe(true);
    expect(before(at(0.4, 'ANSWER', 'b'), at(0.4, 'ANSWER', 'b'))).toBe(false);
  });

  it('tells each reader what to skip after a position', () => {
    const p = { rank: 0.3, source: 'HIGHLIGHT' as const, key: 'k' };
    expect(afterFor('HIGHLIGHT', p)).toEqual({ rank: 0.3, key: 'k' });
    expect(afterFor('PERSONA', p)).toEqual({ rank: 0.3, key: '' }); // sorts after: all of equal rank remain
    expect(afterFor('CODE', p)).toEqual({ rank: 0.3, key: null }); // sorts before: none of equal rank remain
    expect(afterFor('CODE', null)).toBeNull();
  });
});

describe('normalizeQuery', () => {
  it('turns control characters and sentinels into spaces and refuses more than 200 characters', () => {
    expect(normalizeQuery('  price\u0000\u0007 \uE000hike\uE001  ')).toBe('price hike');
    expect(normalizeQuery('x'.repeat(200))).toHaveLength(200);
    expect(() => normalizeQuery('x'.repeat(201))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
