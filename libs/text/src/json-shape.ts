/** Bounds of JSON text checked before it is parsed: nesting depth, and members (array items and object entries). */
export interface JsonShapeLimits {
  maxDepth: number;
  maxMembers?: number;
}

/**
 * Which bound JSON text exceeds, `'depth'` or `'members'`, or null, in one pass without
 * allocating (brackets and commas inside strings do not count). `JSON.parse` of text nested a
 * million deep, or of an object of 425k keys, holds the event loop for most of a second, so text
 * from outside is checked before it is parsed. Members are counted by their separators, so an
 * array of n items counts n − 1. Takes the text as a string or as UTF-8 bytes (no byte of a
 * multi-byte character is below 0x80).
 */
export function jsonShapeExceeds(
  text: string | Uint8Array,
  { maxDepth, maxMembers = Number.POSITIVE_INFINITY }: JsonShapeLimits,
): 'depth' | 'members' | null {
  const bytes = typeof text !== 'string';
  const n = text.length;
  let depth = 0;
  let members = 0;
  let inString = false;
  for (let i = 0; i < n; i++) {
    const c = bytes ? (text as Uint8Array)[i] : (text as string).charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c) {
      if (++members > maxMembers) return 'members';
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return 'depth';
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}
