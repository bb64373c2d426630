import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from './json-depth';

describe('jsonNestsDeeperThan', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('counts objects and arrays, in strings and in UTF-8 bytes alike', () => {
    for (const read of [(s: string) => s, (s: string) => Buffer.from(s)]) {
      expect(jsonNestsDeeperThan(read(nested(3)), 3)).toBe(false);
      expect(jsonNestsDeeperThan(read(nested(4)), 3)).toBe(true);
      expect(jsonNestsDeeperThan(read('{"a":{"b":[{"c":1}]}}'), 3)).toBe(true);
      expect(jsonNestsDeeperThan(read('[[1],[2],[3],[4]]'), 2)).toBe(false);
    }
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(`["${'['.repeat(100)}"]`, 1)).toBe(false);
    expect(jsonNestsDeeperThan(`["a\\"${'{'.repeat(100)}", "é"]`, 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(`["é\\"[[[[", [["x"]]]`), 3)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(`["é\\"[[[[", [["x"]]]`), 2)).toBe(true);
  });
});
