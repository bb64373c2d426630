import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { CodebookFormatError } from './types';

/**
 * XML for REFI-QDA codebooks, on fast-xml-parser. Reading validates the
 * document first (XMLValidator reports the line of malformed markup), then
 * parses it into {@link XmlElement}s: namespace prefixes and `xmlns`
 * attributes dropped (`<qdc:Code>` reads as `<Code>`), the XML declaration,
 * processing instructions, comments and DOCTYPE skipped, CDATA kept as text.
 * The library's entity processing is off: the predefined and numeric
 * entities are decoded here, and entities a DOCTYPE declares are never
 * expanded (an unknown entity is an error), so entity bombs and external
 * entities have nothing to work with. Writing goes through XMLBuilder with
 * values escaped here, because its own escaping keeps tabs, line breaks and
 * characters XML forbids.
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
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
/** An `&` that does not start a reference; tolerated as a literal `&`, as before the library. */
const BARE_AMP = /&(?!#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z_][\w.-]*;)/g;
const TEXT = '#text';
const CDATA = '#cdata';
const ATTRS = ':@';

const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  captureMetaData: true,
  // Callbacks get a matcher, not a path string rebuilt per tag (quadratic on deep nesting).
  jPath: false,
  // The walk below is iterative; depth is bounded by the file size, as before.
  maxNestedTags: Number.POSITIVE_INFINITY,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { [ATTRS]?: Record<string, string> };
/** Where captureMetaData says the element's start tag begins and its end tag ends. */
const metaOf = (node: OrderedNode) =>
  (node as Record<symbol, { startIndex?: number; endIndex?: number } | undefined>)[META];

const tagOf = (node: OrderedNode) => Object.keys(node).find((k) => k !== ATTRS);

function lineIndex(src: string) {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The longest piece of the file a message quotes: the validator quotes whole tag names and attributes. */
const MAX_QUOTED = 60;

const fail = (line: number, message: string): never => {
  throw new CodebookFormatError(`Line ${line}: ${shortQuotes(message)}`, { line });
};

/** `message` with every quoted piece of the file cut to {@link MAX_QUOTED} characters, and the whole to 500. */
function shortQuotes(message: string): string {
  const cut = message.replace(/'([^']*)'/g, (whole, quoted: string) =>
    quoted.length > MAX_QUOTED ? `'${quoted.slice(0, MAX_QUOTED)}…'` : whole,
  );
  return cut.length > 500 ? `${cut.slice(0, 499)}…` : cut;
}

function parseOrdered(src: string): OrderedNode[] {
  try {
    return parser.parse(src) as OrderedNode[];
  } catch (error) {
    throw new CodebookFormatError(`The file could not be read as XML: ${shortQuotes((error as Error).message)}`);
  }
}

/** The innermost element with no end tag, for the validator's "unclosed tags" report. */
function innermostUnclosed(src: string): { name: string; start: number } | null {
  const stack = parseOrdered(src).map((node) => ({ node, depth: 0 }));
  let found: { name: string; start: number; depth: number } | null = null;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const tag = tagOf(node);
    if (!tag || tag === TEXT || tag === CDATA) continue;
    const meta = metaOf(node);
    if (meta?.startIndex !== undefined && meta.endIndex === undefined) {
      if (!found || depth > found.depth) found = { name: tag, start: meta.startIndex, depth };
    }
    for (const child of node[tag] as OrderedNode[]) stack.push({ node: child, depth: depth + 1 });
  }
  return found;
}

function validate(src: string, lineAt: (offset: number) => number): void {
  const result = XMLValidator.validate(src.replace(BARE_AMP, '&amp;'));
  if (result === true) return;
  const { msg, line } = result.err;
  if (msg === 'Start tag expected.' && !/<[^!?]/.test(src)) {
    throw new CodebookFormatError('The file contains no XML elements; it is not a codebook.');
  }
  if (result.err.code === 'InvalidXml' && msg.startsWith("Invalid '[")) {
    let open: { name: string; start: number } | null = null;
    try {
      open = innermostUnclosed(src);
    } catch {
      // The parser gives up on a tag cut off at the end; name the last tag the validator saw open.
      const names = /^Invalid '(\[.*\])' found\.$/s.exec(msg)?.[1];
      const name = names ? (JSON.parse(names) as string[]).at(-1) : undefined;
      if (name) open = { name, start: Math.max(src.lastIndexOf(`<${name}`), 0) };
    }
    if (open) fail(lineAt(open.start), `<${open.name}> is never closed; add </${open.name}>.`);
  }
  fail(line, friendly(msg));
}

/** The validator's messages for the common mistakes, in the words the codebook import used before. */
function friendly(msg: string): string {
  const mismatch =
    /^Expected closing tag '(.+)' \(opened in line (\d+), col \d+\) instead of closing tag '(.+)'\.$/.exec(
      msg,
    );
  if (mismatch) {
    const [, open, line, close] = mismatch;
    return `</${close}> does not match <${open}> opened on line ${line}; close <${open}> first.`;
  }
  const stray = /^Closing tag '(.+)' has not been opened\.$/.exec(msg);
  if (stray) return `</${stray[1]}> closes an element that was never opened.`;
  const repeated = /^Attribute '(.+)' is repeated\.$/.exec(msg);
  if (repeated) return `the attribute ${repeated[1]} appears twice in one tag.`;
  return msg;
}

/** Deeper than any codebook: REFI-QDA nests codes in codes, a few levels in practice. */
const MAX_ELEMENT_DEPTH = 100;
/** Longer than any codebook tag (a code's name and attributes); descriptions are element text, not tags. */
const MAX_TAG_CHARS = 100_000;

/**
 * One linear pass before the validator, for the shapes it takes seconds on (measured on 8 MB):
 * a `<` inside an attribute value (not allowed in XML), a comment or CDATA section never closed,
 * elements nested past {@link MAX_ELEMENT_DEPTH}, a `<` inside a tag (7–9 s: the validator
 * builds the "tag name" to the end of the file, a character at a time) and a tag longer than
 * {@link MAX_TAG_CHARS} (1.3 s for one attribute of 8 MB). Anything else malformed is left to the
 * validator, which names it.
 */
function screen(src: string, lineAt: (offset: number) => number): void {
  const n = src.length;
  let depth = 0;
  let i = 0;
  const skipTo = (from: number, end: string, what: string): number => {
    const at = src.indexOf(end, from);
    if (at < 0) fail(lineAt(from), `${what} is never closed; add ${end}.`);
    return at + end.length;
  };
  for (;;) {
    const lt = src.indexOf('<', i);
    if (lt < 0) return;
    if (src.startsWith('<!--', lt)) i = skipTo(lt + 4, '-->', 'a comment');
    else if (src.startsWith('<![CDATA[', lt)) i = skipTo(lt + 9, ']]>', 'a CDATA section');
    else if (src.startsWith('<?', lt) || src.startsWith('<!', lt)) i = skipTo(lt + 2, '>', 'a declaration');
    else {
      let j = lt + 1;
      let quote = 0;
      const longest = Math.min(n, lt + MAX_TAG_CHARS);
      for (; j < longest; j++) {
        const c = src.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
          else if (c === 60) fail(lineAt(j), 'an attribute value contains "<"; write &lt; instead.');
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 || c === 60) break;
      }
      if (j >= n) return; // a tag cut off at the end: the validator names it
      if (j >= longest)
        fail(lineAt(lt), `a tag runs past ${MAX_TAG_CHARS.toLocaleString('en-US')} characters without its closing ">"; a codebook's tags are far shorter.`);
      // The validator reads such a tag's name to the end of the file, one character at a time.
      if (src.charCodeAt(j) === 60) fail(lineAt(lt), 'a tag is not closed with ">" before the next "<"; write &lt; for a "<" in text.');
      if (src.charCodeAt(lt + 1) === 47) depth--;
      else if (src.charCodeAt(j - 1) !== 47 && ++depth > MAX_ELEMENT_DEPTH)
        fail(lineAt(lt), `elements nest more than ${MAX_ELEMENT_DEPTH} levels deep; a codebook needs far fewer.`);
      i = j + 1;
    }
  }
}

/** Parses a whole document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  const src = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineAt = lineIndex(src);
  screen(src, lineAt);
  validate(src, lineAt);

  /** Decodes `raw` (found inside the element starting at `from`); unknown entities are errors. */
  const decode = (raw: string, from: number) =>
    raw.replace(ENTITY, (whole, ref: string) => {
      const where = () => lineAt(Math.max(src.indexOf(whole, from), from));
      if (ref[0] !== '#') {
        if (ref in NAMED) return NAMED[ref];
        return fail(where(), `the entity ${whole} is unknown; write the character itself instead.`);
      }
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlChar(cp)) fail(where(), `${whole} is not a character XML allows.`);
      return String.fromCodePoint(cp);
    });

  const toElement = (node: OrderedNode, tag: string): XmlElement => {
    const start = metaOf(node)?.startIndex ?? 0;
    const attrs = new Map<string, string>();
    for (const [key, value] of Object.entries(node[ATTRS] ?? {})) {
      // Literal whitespace in attribute values is normalised to spaces, as XML requires.
      attrs.set(key, decode(String(value).replace(/[\t\n]/g, ' '), start));
    }
    return { name: tag, attrs, children: [], text: '', line: lineAt(start) };
  };

  let root: XmlElement | null = null;
  const work: { node: OrderedNode; tag: string; parent: XmlElement | null }[] = [];
  for (const node of parseOrdered(src)) {
    const tag = tagOf(node);
    if (!tag || tag === TEXT || tag === CDATA) continue;
    if (root)
      fail(
        lineAt(metaOf(node)?.startIndex ?? 0),
        `<${tag}> is a second root element; the file must have exactly one.`,
      );
    root = toElement(node, tag);
    work.push({ node, tag, parent: null });
  }
  if (!root)
    throw new CodebookFormatError('The file contains no XML elements; it is not a codebook.');

  // Iterative walk, so deep nesting cannot overflow the call stack.
  const elements = new Map<OrderedNode, XmlElement>([[work[0].node, root]]);
  while (work.length) {
    const { node, tag } = work.pop()!;
    const el = elements.get(node)!;
    const start = metaOf(node)?.startIndex ?? 0;
    const text: string[] = [];
    const kids: { node: OrderedNode; tag: string }[] = [];
    for (const child of node[tag] as OrderedNode[]) {
      const childTag = tagOf(child);
      if (!childTag) continue;
      if (childTag === TEXT) text.push(decode(String(child[TEXT]), start));
      else if (childTag === CDATA)
        text.push((child[CDATA] as OrderedNode[]).map((c) => String(c[TEXT] ?? '')).join(''));
      else kids.push({ node: child, tag: childTag });
    }
    el.text = text.join('');
    for (const kid of kids) {
      const childEl = toElement(kid.node, kid.tag);
      el.children.push(childEl);
      elements.set(kid.node, childEl);
    }
    for (let i = kids.length - 1; i >= 0; i--) work.push({ ...kids[i], parent: el });
    elements.delete(node);
  }
  return root;
}

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

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Values arrive escaped by escapeText/escapeAttr.
  processEntities: false,
});

function toOrdered(node: XmlNode): Record<string, unknown> {
  const attrs: Record<string, string> = {};
  for (const [key, value] of node.attrs ?? []) {
    if (value !== null && value !== undefined) attrs[key] = escapeAttr(value);
  }
  const content =
    node.text !== undefined
      ? [{ [TEXT]: escapeText(node.text) }]
      : (node.children ?? []).map(toOrdered);
  return { [node.name]: content, ...(Object.keys(attrs).length ? { [ATTRS]: attrs } : {}) };
}

/** Serialises a document: UTF-8 declaration, two-space indentation, final newline. */
export function writeXml(root: XmlNode): string {
  const declaration = { '?xml': [{ [TEXT]: '' }], [ATTRS]: { version: '1.0', encoding: 'utf-8' } };
  return `${builder.build([declaration, toOrdered(root)]) as string}\n`;
}
