import { createHash } from 'node:crypto';
import { buildTree, nameKey } from './tree';
import { CODE_CATEGORIES, CodebookFormatError, isCodeCategory, MAX_IMPORTED_CODES, tooManyCodes } from './types';
import type { CodeCategory, ExchangeCode } from './types';
import { parseXml, writeXml, type XmlElement, type XmlNode } from './xml';

const NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = 'Persona Lab';
/** Categories travel as sets named "Persona Lab: PAIN_POINT"; other tools just see code sets. */
const SET_PREFIX = 'Persona Lab: ';
// "Persona Lab: CATEGORY" read in two linear steps (prefix, then the trimmed rest): the single
// regex /^\s*Persona Lab\s*:\s*([A-Za-z_ ]+?)\s*$/i backtracked quadratically on a set name
// with a long run of spaces (2 s on 32 KB).
const SET_PREFIX_RE = /^Persona Lab\s*:/i;
const SET_CATEGORY = /^[A-Za-z_ ]+$/;

/** The category a set name announces ("Persona Lab: PAIN_POINT" → "PAIN_POINT"), or ''. */
function setCategory(name: string): string {
  const trimmed = name.trim();
  const prefix = SET_PREFIX_RE.exec(trimmed);
  if (!prefix) return '';
  const rest = trimmed.slice(prefix[0].length).trim();
  return SET_CATEGORY.test(rest) ? rest.replace(/\s+/g, '_').toUpperCase() : '';
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID-shaped (version 5 layout) guid derived from `seed`, the same every time. */
function derivedGuid(seed: string): string {
  const bytes = createHash('sha1').update(`persona-lab:${seed}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The REFI-QDA guid written for a code id: the id itself when it is a UUID,
 * otherwise a deterministic UUID-shaped guid derived from it.
 */
export const qdcGuid = (id: string): string => (UUID.test(id) ? id : derivedGuid(id));

/** Guids compare without case or braces (`{A-…}` and `a-…` are the same guid). */
const guidKey = (guid: string) =>
  guid
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();

/** `#RRGGBB` (a `#RGB` shorthand is expanded); anything else is dropped. */
export function qdcColor(color: string | null | undefined): string | null {
  const c = color?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(c)) return c;
  if (/^#[0-9a-f]{3}$/i.test(c)) return `#${[...c.slice(1)].map((d) => d + d).join('')}`;
  return null;
}

/**
 * Writes a codebook as a REFI-QDA Codebook Exchange file (.qdc) that ATLAS.ti,
 * NVivo, MAXQDA and QualCoder can import. Sub-codes are nested `<Code>`
 * elements; each category becomes a `<Set name="Persona Lab: CATEGORY">`,
 * which other tools show as an ordinary code set and {@link codebookFromQdc}
 * reads back. Colors are written only when they are `#RRGGBB` (or `#RGB`).
 *
 * @param codes - the codebook; `parentId` must name another code in the list
 * @returns the XML document, UTF-8 ready, ending with a newline
 * @throws CodebookFormatError for duplicate ids, unknown parents, parent loops or a nameless code
 */
export function codebookToQdc(codes: readonly ExchangeCode[]): string {
  const { ordered, children } = buildTree(codes);
  const guids = new Map<string, string>();
  const owners = new Map<string, ExchangeCode>();
  for (const code of ordered) {
    if (!code.name.trim()) {
      throw new CodebookFormatError(
        `The code with id "${code.id}" has no name; name it before exporting.`,
      );
    }
    const guid = qdcGuid(code.id);
    const clash = owners.get(guidKey(guid));
    if (clash) {
      throw new CodebookFormatError(
        `The codes "${clash.name}" and "${code.name}" would share the guid ${guid}.`,
      );
    }
    owners.set(guidKey(guid), code);
    guids.set(code.id, guid);
  }
  const codeNode = (code: ExchangeCode): XmlNode => ({
    name: 'Code',
    attrs: [
      ['guid', guids.get(code.id)],
      ['name', code.name.trim()],
      ['isCodable', 'true'],
      ['color', qdcColor(code.color)],
    ],
    children: [
      ...(code.description?.trim() ? [{ name: 'Description', text: code.description }] : []),
      ...(children.get(code.id) ?? []).map(codeNode),
    ],
  });
  const sets: XmlNode[] = CODE_CATEGORIES.flatMap((category) => {
    const members = ordered.filter((c) => c.category === category).map((c) => guids.get(c.id)!);
    if (!members.length) return [];
    return [
      {
        name: 'Set',
        attrs: [
          ['guid', derivedGuid(`set:${category}:${members.join(',')}`)],
          ['name', `${SET_PREFIX}${category}`],
        ],
        children: [
          { name: 'Description', text: `Codes in the Persona Lab category ${category}.` },
          ...members.map((guid) => ({
            name: 'MemberCode',
            attrs: [['targetGUID', guid]] as const,
          })),
        ],
      },
    ];
  });
  return writeXml({
    name: 'CodeBook',
    attrs: [
      ['xmlns', NAMESPACE],
      ['origin', ORIGIN],
    ],
    children: [
      { name: 'Codes', children: (children.get(null) ?? []).map(codeNode) },
      ...(sets.length ? [{ name: 'Sets', children: sets }] : []),
    ],
  });
}

function fail(el: XmlElement, message: string): never {
  throw new CodebookFormatError(`Line ${el.line}: ${message}`, { line: el.line });
}

const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** Category per guid key, from the "Persona Lab: CATEGORY" sets; the first set a code is in wins. */
function categoriesFromSets(book: XmlElement): Map<string, CodeCategory> {
  const categories = new Map<string, CodeCategory>();
  for (const set of childrenNamed(book, 'Sets').flatMap((s) => childrenNamed(s, 'Set'))) {
    const category = setCategory(set.attrs.get('name') ?? '');
    if (!isCodeCategory(category)) continue;
    for (const member of childrenNamed(set, 'MemberCode')) {
      // The standard says targetGUID; some tools write guid.
      const target = member.attrs.get('targetGUID') ?? member.attrs.get('guid');
      if (target && !categories.has(guidKey(target))) categories.set(guidKey(target), category);
    }
  }
  return categories;
}

/**
 * Reads a REFI-QDA codebook (.qdc) written by Persona Lab or any other QDA
 * tool. Ids are the file's guid attributes; `parentId` comes from nesting;
 * the category comes from a "Persona Lab: CATEGORY" set (OTHER without one).
 * Unknown elements and attributes, namespace prefixes, `isCodable="false"`
 * and a `<Project>` root that holds a `<CodeBook>` are accepted. Codes are
 * returned parents first, in file order.
 *
 * @throws CodebookFormatError naming the line for malformed XML, a root that
 *   is not `<CodeBook>`, a `<Code>` without guid or name, a duplicate guid or
 *   two codes with the same name under one parent
 */
export function codebookFromQdc(xml: string): ExchangeCode[] {
  const root = parseXml(xml);
  const book = root.name === 'Project' ? childrenNamed(root, 'CodeBook')[0] : root;
  if (!book || book.name !== 'CodeBook') {
    throw new CodebookFormatError(
      `Line ${root.line}: the file starts with <${root.name}>, but a REFI-QDA codebook (.qdc) starts with <CodeBook>; export the codebook from your QDA tool as a .qdc file.`,
      { line: root.line },
    );
  }
  const codesEl = childrenNamed(book, 'Codes')[0];
  if (!codesEl) {
    throw new CodebookFormatError(
      `Line ${book.line}: <CodeBook> has no <Codes> element, so it holds no codes.`,
      {
        line: book.line,
      },
    );
  }
  const categories = categoriesFromSets(book);
  const codes: ExchangeCode[] = [];
  const lineOfGuid = new Map<string, number>();
  const lineOfName = new Map<string, number>();
  // Iterative pre-order walk, so deep nesting cannot overflow the call stack.
  const stack = childrenNamed(codesEl, 'Code')
    .reverse()
    .map((el) => ({ el, parentId: null as string | null }));
  while (stack.length) {
    const { el, parentId } = stack.pop()!;
    const name = el.attrs.get('name')?.trim();
    if (!name) fail(el, '<Code> needs a name attribute.');
    const id = el.attrs.get('guid')?.trim();
    if (!id) fail(el, `<Code name="${name}"> needs a guid attribute.`);
    const key = guidKey(id);
    const seen = lineOfGuid.get(key);
    if (seen)
      fail(
        el,
        `the guid ${id} is already used by the <Code> on line ${seen}; every code needs its own guid.`,
      );
    lineOfGuid.set(key, el.line);
    const sibling = lineOfName.get(nameKey(parentId, name));
    if (sibling) {
      fail(
        el,
        `<Code name="${name}"> has the same name as the code on line ${sibling} under the same parent; rename one of them.`,
      );
    }
    lineOfName.set(nameKey(parentId, name), el.line);
    const description = childrenNamed(el, 'Description')[0]?.text.trim() || null;
    const color = qdcColor(el.attrs.get('color'));
    if (codes.length === MAX_IMPORTED_CODES) throw tooManyCodes();
    codes.push({
      id: id,
      name: name,
      description,
      category: categories.get(key) ?? 'OTHER',
      parentId,
      color,
    });
    for (const child of childrenNamed(el, 'Code').reverse())
      stack.push({ el: child, parentId: id });
  }
  return codes;
}
