import { describe, expect, it } from 'vitest';
import { CODEBOOK, FOREIGN_QDC } from '../../test/exchange/fixture';
import { CodebookFormatError, codebookFromQdc, codebookToQdc, type ExchangeCode } from './index';
import { parseXml } from './xml';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` and returns the CodebookFormatError message it throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CodebookFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a CodebookFormatError');
}

const book = (codes: string, sets = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n${codes}\n</Codes>${sets}\n</CodeBook>`;

describe('codebookToQdc', () => {
  const xml = codebookToQdc(CODEBOOK);

  it('writes a REFI-QDA CodeBook with nested codes, descriptions first, then sets', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Persona Lab">',
      ),
    ).toBe(true);
    const root = parseXml(xml);
    expect(root.children.map((c) => c.name)).toEqual(['Codes', 'Sets']);
    const [pain, goal] = root.children[0].children;
    expect([...pain.attrs.keys()]).toEqual(['guid', 'name', 'isCodable', 'color']);
    expect(pain.attrs.get('isCodable')).toBe('true');
    expect(pain.children.map((c) => c.name)).toEqual(['Description', 'Code']);
    const grandchild = goal.children[0].children.find((c) => c.name === 'Code');
    expect(grandchild?.attrs.get('name')).toBe('日本語のコード');
    const sets = root.children[1].children;
    expect(sets.map((s) => s.attrs.get('name'))).toEqual([
      'Persona Lab: PAIN_POINT',
      'Persona Lab: GOAL',
      'Persona Lab: MOTIVATION',
      'Persona Lab: BEHAVIOR',
      'Persona Lab: NEED',
      'Persona Lab: ATTITUDE',
      'Persona Lab: DEMOGRAPHIC',
      'Persona Lab: OTHER',
    ]);
    for (const set of sets) expect(set.attrs.get('guid')).toMatch(GUID);
    expect(
      sets[0].children.filter((c) => c.name === 'MemberCode').map((m) => m.attrs.get('targetGUID')),
    ).toEqual([CODEBOOK[0].id, CODEBOOK[1].id]);
  });

  it('escapes markup characters and keeps tabs and line breaks in attributes', () => {
    expect(xml).toContain('name="Frustrations &amp; &quot;pain&quot; &lt;points&gt;"');
    expect(xml).toContain('it&apos;s &gt; 10 s');
    expect(xml).toContain(
      '<Description>When exports fail, it\'s "slow" &amp; &lt;broken&gt;; see ]]&gt; too.</Description>',
    );
    const tricky = codebookToQdc([{ ...CODEBOOK[6], name: 'a\tb\nc\r\nd', description: 'x\r\ny' }]);
    expect(codebookFromQdc(tricky)[0]).toMatchObject({
      name: 'a\tb\nc\r\nd',
      description: 'x\r\ny',
    });
  });

  it('is deterministic and derives UUID-shaped guids from ids that are not UUIDs', () => {
    const codes: ExchangeCode[] = [
      { id: 'c1', name: 'Parent', description: null, category: 'GOAL', parentId: null },
      { id: 'c2', name: 'Child', description: null, category: 'NEED', parentId: 'c1' },
    ];
    expect(codebookToQdc(codes)).toBe(codebookToQdc(codes));
    const [parent, child] = codebookFromQdc(codebookToQdc(codes));
    expect(parent.id).toMatch(GUID);
    expect(child).toMatchObject({ name: 'Child', parentId: parent.id, category: 'NEED' });
    expect(parent.id).not.toBe(child.id);
  });

  it('writes only #RRGGBB colors, expanding #RGB', () => {
    const code = (color: string | null): ExchangeCode => ({ ...CODEBOOK[6], color });
    expect(codebookToQdc([code('#abc')])).toContain('color="#aabbcc"');
    expect(codebookToQdc([code('tomato')])).not.toContain('color=');
    expect(codebookToQdc([code(null)])).not.toContain('color=');
  });

  it('drops characters XML cannot carry', () => {
    const xml = codebookToQdc([
      { ...CODEBOOK[6], name: 'bell\u0007 here', description: 'nul\u0000' },
    ]);
    expect(codebookFromQdc(xml)[0]).toMatchObject({ name: 'bell here', description: 'nul' });
  });

  it('writes an empty codebook as an empty <Codes/>', () => {
    expect(codebookToQdc([])).toContain('<Codes/>');
    expect(codebookFromQdc(codebookToQdc([]))).toEqual([]);
  });

  it('refuses duplicate ids, unknown parents, parent loops and nameless codes', () => {
    const a: ExchangeCode = {
      id: 'a',
      name: 'A',
      description: null,
      category: 'OTHER',
      parentId: null,
    };
    expect(errorOf(() => codebookToQdc([a, { ...a, name: 'B' }]))).toBe(
      'The codes "A" and "B" share the id "a"; every code needs its own id.',
    );
    expect(errorOf(() => codebookToQdc([{ ...a, parentId: 'zz' }]))).toContain('parent id "zz"');
    const loop = [
      a,
      { ...a, id: 'b', name: 'B', parentId: 'c' },
      { ...a, id: 'c', name: 'C', parentId: 'b' },
    ];
    expect(errorOf(() => codebookToQdc(loop))).toBe(
      'The parents of "B" → "C" → "B" go round in a loop; give one of these codes a different parent.',
    );
    expect(errorOf(() => codebookToQdc([{ ...a, name: '  ' }]))).toContain('has no name');
  });
});

describe('codebookFromQdc', () => {
  it('round-trips a nested codebook with every category, unicode and &<>"\'', () => {
    expect(codebookFromQdc(codebookToQdc(CODEBOOK))).toEqual(CODEBOOK);
  });

  it('imports a codebook written by another tool, with nesting and without sets', () => {
    expect(codebookFromQdc(FOREIGN_QDC)).toEqual([
      {
        id: '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        name: 'Barriers',
        description: 'Things that stop people',
        category: 'OTHER',
        parentId: null,
        color: '#46AA00',
      },
      {
        id: '2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        name: 'Cost & pricing',
        description: 'Mentions of <price> & "budget"',
        category: 'OTHER',
        parentId: '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        color: null,
      },
      {
        id: '3FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        name: 'Café étudiant',
        description: null,
        category: 'OTHER',
        parentId: '2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        color: null,
      },
      {
        id: '4FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        name: 'Time',
        description: null,
        category: 'OTHER',
        parentId: '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        color: null,
      },
      {
        id: '5FF58B12-6F6F-4B0C-8BE5-BBDC91F55294',
        name: 'Delight',
        description: null,
        category: 'OTHER',
        parentId: null,
        color: null,
      },
    ]);
  });

  it('reads prefixed names, single quotes, braces and guid-style MemberCode in a Persona Lab set', () => {
    const xml = `<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0"><q:Codes>
      <q:Code name='Goals' guid='{AB58B12F-6F6F-4B0C-8BE5-BBDC91F55294}' isCodable='true'/>
    </q:Codes><q:Sets><q:Set guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0" name="persona lab: goal">
      <q:MemberCode guid="ab58b12f-6f6f-4b0c-8be5-bbdc91f55294"/></q:Set></q:Sets></q:CodeBook>`;
    expect(codebookFromQdc(xml)).toEqual([
      {
        id: '{AB58B12F-6F6F-4B0C-8BE5-BBDC91F55294}',
        name: 'Goals',
        description: null,
        category: 'GOAL',
        parentId: null,
        color: null,
      },
    ]);
  });

  it('reads the codebook inside a REFI-QDA project document', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
      <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="A" isCodable="true"/></Codes></CodeBook></Project>`;
    expect(codebookFromQdc(xml).map((c) => c.name)).toEqual(['A']);
  });

  describe('errors', () => {
    const code = (guid: string, name: string, inner = '') =>
      `<Code guid="${guid}" name="${name}" isCodable="true">${inner}</Code>`;
    const G1 = '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294';
    const G2 = '2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294';

    it('names the lines of a tag that is never closed', () => {
      const xml = book(
        `<Code guid="${G1}" name="A" isCodable="true">\n<Description>x</Description>`,
      ).replace('</Codes>', '');
      expect(errorOf(() => codebookFromQdc(xml))).toBe(
        'Line 7: </CodeBook> does not match <Code> opened on line 4; close <Code> first.',
      );
      const truncated = book(code(G1, 'A')).slice(0, -'</Codes>\n</CodeBook>'.length);
      expect(errorOf(() => codebookFromQdc(truncated))).toBe(
        'Line 3: <Codes> is never closed; add </Codes>.',
      );
    });

    it('names the line of a mismatched closing tag', () => {
      const xml = book(`<Code guid="${G1}" name="A" isCodable="true">\n<Description>x</Code>`);
      expect(errorOf(() => codebookFromQdc(xml))).toBe(
        'Line 5: </Code> does not match <Description> opened on line 5; close <Description> first.',
      );
    });

    it('reports a root that is not <CodeBook>', () => {
      expect(errorOf(() => codebookFromQdc('<?xml version="1.0"?>\n<Project/>'))).toContain(
        'Line 2: the file starts with <Project>, but a REFI-QDA codebook (.qdc) starts with <CodeBook>',
      );
      expect(errorOf(() => codebookFromQdc('<html><body/></html>'))).toContain(
        'starts with <html>',
      );
    });

    it('reports a duplicate guid with both lines', () => {
      const xml = book(`${code(G1, 'A')}\n${code(G1.toLowerCase(), 'B')}`);
      expect(errorOf(() => codebookFromQdc(xml))).toBe(
        `Line 5: the guid ${G1.toLowerCase()} is already used by the <Code> on line 4; every code needs its own guid.`,
      );
    });

    it('reports a code without a name or a guid', () => {
      expect(errorOf(() => codebookFromQdc(book(`<Code guid="${G1}" isCodable="true"/>`)))).toBe(
        'Line 4: <Code> needs a name attribute.',
      );
      expect(errorOf(() => codebookFromQdc(book(`<Code name="  " guid="${G1}"/>`)))).toBe(
        'Line 4: <Code> needs a name attribute.',
      );
      expect(errorOf(() => codebookFromQdc(book('<Code name="A" isCodable="true"/>')))).toBe(
        'Line 4: <Code name="A"> needs a guid attribute.',
      );
    });

    it('reports two codes with the same name under one parent', () => {
      const xml = book(code(G1, 'P', `\n${code(G2, 'A')}\n${code('3' + G1.slice(1), 'A')}`));
      expect(errorOf(() => codebookFromQdc(xml))).toContain(
        'Line 6: <Code name="A"> has the same name as the code on line 5',
      );
      expect(codebookFromQdc(book(`${code(G1, 'A', code(G2, 'A'))}`))).toHaveLength(2);
    });

    it('reports other malformed XML with its line', () => {
      const cases: [string, string][] = [
        ['', 'The file contains no XML elements; it is not a codebook.'],
        [
          '<CodeBook><Codes/></CodeBook>\n<CodeBook/>',
          'Line 2: <CodeBook> is a second root element',
        ],
        ['hello <CodeBook/>', "Line 1: char 'h' is not expected."],
        ['<CodeBook>\n<Codes>&nbsp;</Codes></CodeBook>', 'Line 2: the entity &nbsp; is unknown'],
        ['<CodeBook>\n<Codes a=b/></CodeBook>', "Line 2: Attribute 'a' is without value."],
        [
          '<CodeBook>\n<Codes a="1" a="2"/></CodeBook>',
          'Line 2: the attribute a appears twice in one tag.',
        ],
        ['<CodeBook>\n<!-- open', 'Line 2: a comment is never closed; add -->.'],
        ['<CodeBook>\n<Codes', 'Line 2: <Codes> is never closed; add </Codes>.'],
        ['<CodeBook>\n</Codes>', 'Line 2: </Codes> does not match <CodeBook> opened on line 1'],
        [
          '<CodeBook/>\n</CodeBook>',
          'Line 2: </CodeBook> closes an element that was never opened.',
        ],
        ['<CodeBook>&#0;</CodeBook>', 'Line 1: &#0; is not a character XML allows.'],
        ['<CodeBook>\n</CodeBook>', 'Line 1: <CodeBook> has no <Codes> element'],
      ];
      for (const [xml, message] of cases)
        expect(errorOf(() => codebookFromQdc(xml))).toContain(message);
    });

    it('reports line numbers across CRLF line endings', () => {
      const xml = book(`${code(G1, 'A')}\n${code(G1, 'B')}`).replace(/\n/g, '\r\n');
      expect(errorOf(() => codebookFromQdc(xml))).toMatch(/^Line 5: /);
    });
  });
});

describe('codebookFromQdc size', () => {
  const book = (n: number) =>
    `<CodeBook><Codes>${Array.from({ length: n }, (_, i) => `<Code guid="g${i}" name="Code ${i}" isCodable="true"/>`).join('')}</Codes></CodeBook>`;

  it('takes 2,000 codes and refuses 2,001 with a sentence', () => {
    expect(codebookFromQdc(book(2000))).toHaveLength(2000);
    expect(() => codebookFromQdc(book(2001))).toThrow(
      new CodebookFormatError(
        'A codebook can have at most 2,000 codes; this file has more. Split it, or remove codes you do not use.',
      ),
    );
  });
});
