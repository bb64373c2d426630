import { describe, expect, it } from 'vitest';
import { jsonShapeExceeds } from './json-shape';

describe('jsonShapeExceeds', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('counts nesting of objects and arrays, in strings and in UTF-8 bytes alike', () => {
    for (const read of [(s: string) => s, (s: string) => Buffer.from(s)]) {
      expect(jsonShapeExceeds(read(nested(3)), { maxDepth: 3 })).toBeNull();
      expect(jsonShapeExceeds(read(nested(4)), { maxDepth: 3 })).toBe('depth');
      expect(jsonShapeExceeds(read('{"a":{"b":[{"c":1}]}}'), { maxDepth: 3 })).toBe('depth');
      expect(jsonShapeExceeds(read('[[1],[2],[3],[4]]'), { maxDepth: 2 })).toBeNull();
    }
  });

  it('counts members by their separators', () => {
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(jsonShapeExceeds(keys(11), { maxDepth: 2, maxMembers: 10 })).toBeNull();
    expect(jsonShapeExceeds(keys(12), { maxDepth: 2, maxMembers: 10 })).toBe('members');
    expect(jsonShapeExceeds(Buffer.from(`[${'1,'.repeat(20)}1]`), { maxDepth: 2, maxMembers: 10 })).toBe('members');
  });

  it('skips brackets and commas inside strings, escaped quotes included', () => {
    const limits = { maxDepth: 1, maxMembers: 1 };
    expect(jsonShapeExceeds(`["${'[,'.repeat(100)}"]`, limits)).toBeNull();
    expect(jsonShapeExceeds(`["a\\"${'{,'.repeat(100)}", "é"]`, limits)).toBeNull();
    expect(jsonShapeExceeds(Buffer.from(`["é\\"[[[[", [["x"]]]`), { maxDepth: 3 })).toBeNull();
    expect(jsonShapeExceeds(Buffer.from(`["é\\"[[[[", [["x"]]]`), { maxDepth: 2 })).toBe('depth');
  });
});
