import { CodebookFormatError } from './types';

/**
 * A small, tolerant XML parser for codebook files. It keeps what a .qdc needs
 * (elements, attributes, text, CDATA, the predefined and numeric entities)
 * and skips the XML declaration, processing instructions, comments and
 * DOCTYPE. Namespace prefixes are dropped from names and `xmlns` attributes
 * are ignored, so `<qdc:Code>` and `<Code>` read the same. Malformed markup
 * is a {@link CodebookFormatError} naming the line.
 */

/** A parsed element. `name` is the local name (any `prefix:` removed). */
export interface XmlElement {
  name: string;
  /** Attributes by local name, values decoded. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), entities decoded. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[^\s/>="'<]+/y;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1);

/** Parses a whole document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  const src = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  function lineAt(offset: number): number {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  function fail(offset: number, message: string): never {
    const line = lineAt(offset);
    throw new CodebookFormatError(`Line ${line}: ${message}`, { line });
  }
  const decode = (raw: string, offset: number) =>
    raw.replace(ENTITY, (whole, ref: string, at: number) => {
      if (ref[0] !== '#') {
        if (ref in NAMED) return NAMED[ref];
        return fail(
          offset + at,
          `the entity ${whole} is unknown; write the character itself instead.`,
        );
      }
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlChar(cp)) fail(offset + at, `${whole} is not a character XML allows.`);
      return String.fromCodePoint(cp);
    });

  const stack: { el: XmlElement; raw: string; text: string[] }[] = [];
  const roots: XmlElement[] = [];
  const close = () => {
    const top = stack.pop()!;
    top.el.text = top.text.join('');
    (stack.length ? stack[stack.length - 1].el.children : roots).push(top.el);
  };
  const skipTo = (from: number, end: string, what: string) => {
    const at = src.indexOf(end, from);
    if (at < 0) fail(from, `${what} is never closed (missing "${end}").`);
    return at + end.length;
  };

  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1].text.push(decode(raw, i));
      else if (raw.trim()) fail(i + raw.search(/\S/), 'there is text outside the root element.');
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      i = skipTo(i + 4, '-->', 'a comment');
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = skipTo(i + 9, ']]>', 'a CDATA section');
      if (!stack.length) fail(i, 'there is a CDATA section outside the root element.');
      stack[stack.length - 1].text.push(src.slice(i + 9, end - 3));
      i = end;
    } else if (src.startsWith('<?', i)) {
      i = skipTo(i + 2, '?>', 'a processing instruction');
    } else if (src.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in [...]: skipped, not interpreted.
      let depth = 0;
      let j = i + 2;
      for (; j < src.length; j++) {
        if (src[j] === '[') depth++;
        else if (src[j] === ']') depth--;
        else if (src[j] === '>' && depth <= 0) break;
      }
      if (j >= src.length) fail(i, 'a <!DOCTYPE> declaration is never closed (missing ">").');
      i = j + 1;
    } else if (src[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(src)?.[0] ?? '';
      const gt = src.indexOf('>', i);
      if (!name || gt < 0 || src.slice(i + 2 + name.length, gt).trim()) {
        fail(i, 'a closing tag is malformed; it should look like </Code>.');
      }
      const top = stack[stack.length - 1];
      if (!top) fail(i, `</${name}> closes an element that was never opened.`);
      if (top.raw !== name) {
        fail(
          i,
          `</${name}> does not match <${top.raw}> opened on line ${top.el.line}; close <${top.raw}> first.`,
        );
      }
      close();
      i = gt + 1;
    } else {
      i = readStartTag(i);
    }
  }
  if (stack.length) {
    const top = stack[stack.length - 1];
    fail(lineStarts[top.el.line - 1], `<${top.raw}> is never closed; add </${top.raw}>.`);
  }
  if (!roots.length)
    throw new CodebookFormatError('The file contains no XML elements; it is not a codebook.');
  return roots[0];

  /** Reads `<name attr="v" ...>` or `.../>` starting at `<`; returns the offset after it. */
  function readStartTag(start: number): number {
    NAME.lastIndex = start + 1;
    const raw = NAME.exec(src)?.[0];
    if (!raw) return fail(start, 'a "<" does not start a tag; write &lt; for a literal "<".');
    if (roots.length && !stack.length)
      fail(start, `<${raw}> is a second root element; the file must have exactly one.`);
    const el: XmlElement = {
      name: localName(raw),
      attrs: new Map(),
      children: [],
      text: '',
      line: lineAt(start),
    };
    let j = start + 1 + raw.length;
    while (true) {
      while (/\s/.test(src[j] ?? '')) j++;
      if (j >= src.length) fail(start, `the tag <${raw}> is never finished (missing ">").`);
      if (src.startsWith('/>', j) || src[j] === '>') break;
      NAME.lastIndex = j;
      const attr = NAME.exec(src)?.[0];
      if (!attr) fail(j, `<${raw}> has a malformed attribute.`);
      j += attr.length;
      while (/\s/.test(src[j] ?? '')) j++;
      if (src[j] !== '=')
        fail(j, `the attribute ${attr} on <${raw}> needs a value, like ${attr}="…".`);
      j++;
      while (/\s/.test(src[j] ?? '')) j++;
      if (src[j] !== '"' && src[j] !== "'") {
        fail(j, `the value of ${attr} on <${raw}> must be in quotes.`);
      }
      const end = src.indexOf(src[j], j + 1);
      if (end < 0) fail(j, `the value of ${attr} on <${raw}> is never closed with a quote.`);
      // Literal whitespace in attribute values is normalised to spaces, as XML requires.
      const value = decode(src.slice(j + 1, end).replace(/[\t\n]/g, ' '), j + 1);
      j = end + 1;
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
      const key = localName(attr);
      if (el.attrs.has(key)) fail(start, `<${raw}> has the attribute ${key} twice.`);
      el.attrs.set(key, value);
    }
    stack.push({ el, raw, text: [] });
    if (src[j] === '/') {
      close();
      return j + 2;
    }
    return j + 1;
  }
}
