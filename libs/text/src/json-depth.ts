/**
 * True when JSON text nests objects and arrays deeper than `max`, in one pass without allocating
 * (brackets inside strings do not count). `JSON.parse` of text nested a million deep holds the
 * event loop for most of a second, so text from outside is checked before it is parsed. Takes the
 * text as a string or as UTF-8 bytes (no byte of a multi-byte character is below 0x80).
 */
export function jsonNestsDeeperThan(text: string | Uint8Array, max: number): boolean {
  const bytes = typeof text !== 'string';
  const n = text.length;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < n; i++) {
    const c = bytes ? (text as Uint8Array)[i] : (text as string).charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
