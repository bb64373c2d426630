/**
 * A tiny XML writer: just enough escaping and indentation for REFI-QDA files.
 * Strings are made safe for XML 1.0: characters XML cannot carry at all
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, and
 * markup characters are escaped.
 */

/** True for UTF-16 units that may need dropping: C0 controls, surrogates, U+FFFE/U+FFFF. */
const suspicious = (unit: number) =>
  (unit < 0x20 && unit !== 0x9 && unit !== 0xa && unit !== 0xd) ||
  (unit >= 0xd800 && unit <= 0xdfff) ||
  unit >= 0xfffe;

/** Drops the characters XML 1.0 forbids, even as character references. */
export function xmlSafe(value: string): string {
  let clean = true;
  for (let i = 0; i < value.length && clean; i++) clean = !suspicious(value.charCodeAt(i));
  if (clean) return value;
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    // A paired surrogate arrives here as one astral code point, which is allowed.
    if (cp > 0xffff || !suspicious(cp)) out += ch;
  }
  return out;
}

/** Escapes element text; `\r` becomes `&#13;` so parsers do not fold it into `\n`. */
export function escapeText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes a double-quoted attribute value. Tabs and line breaks become
 * character references, because parsers turn literal ones into spaces.
 */
export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** An element to write: attributes in the given order, then text or children. */
export interface XmlNode {
  name: string;
  attrs?: ReadonlyArray<readonly [string, string | null | undefined]>;
  text?: string;
  children?: readonly XmlNode[];
}

/** Writes one element (and its subtree) indented by `depth` levels of two spaces. */
function writeNode(node: XmlNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = (node.attrs ?? [])
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v!)}"`)
    .join('');
  const open = `${pad}<${node.name}${attrs}`;
  if (node.text !== undefined) {
    out.push(`${open}>${escapeText(node.text)}</${node.name}>`);
  } else if (!node.children?.length) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of node.children) writeNode(child, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

/** Serialises a document: UTF-8 declaration, two-space indentation, final newline. */
export function writeXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  writeNode(root, 0, out);
  return `${out.join('\n')}\n`;
}
