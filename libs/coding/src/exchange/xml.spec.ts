import { describe, expect, it } from 'vitest';
import { CodebookFormatError } from './types';
import { escapeAttr, escapeText, parseXml, writeXml } from './xml';

describe('xml writer and parser', () => {
  it('round-trips any text through attributes and element text', () => {
    const value = `a & b < c > d " e ' f ]]> g\ttab\nnewline\r\nCRLF 🎯 \u0001\uD800\uFFFF`;
    const xml = writeXml({ name: 'R', attrs: [['v', value]], text: value });
    const root = parseXml(xml);
    const expected = value.slice(0, -3);
    expect(root.attrs.get('v')).toBe(expected);
    expect(root.text).toBe(expected);
  });

  it('escapes what XML requires', () => {
    expect(escapeText('<a & b>')).toBe('&lt;a &amp; b&gt;');
    expect(escapeAttr(`"'\n`)).toBe('&quot;&apos;&#10;');
  });

  it('skips declarations, DOCTYPE, processing instructions and comments; keeps a bare &', () => {
    const root = parseXml(`<?xml version="1.0"?>
<!DOCTYPE CodeBook [ <!ENTITY x "y"> ]>
<?app hint?>
<CodeBook>Fish & chips<!-- note --> &#x1F3AF;</CodeBook>`);
    expect(root).toMatchObject({ name: 'CodeBook', text: 'Fish & chips 🎯', line: 4 });
  });

  it('turns literal line breaks in attribute values into spaces, as XML parsers do', () => {
    expect(parseXml('<a v="one\n\ttwo" w="x&#10;y"/>').attrs).toEqual(
      new Map([
        ['v', 'one  two'],
        ['w', 'x\ny'],
      ]),
    );
  });

  it('drops namespace prefixes and xmlns declarations', () => {
    const root = parseXml('<q:A xmlns:q="urn:x" xmlns="urn:y" q:id="1"><q:B/></q:A>');
    expect(root.name).toBe('A');
    expect([...root.attrs]).toEqual([['id', '1']]);
    expect(root.children.map((c) => c.name)).toEqual(['B']);
  });
  it('never expands entities a DOCTYPE declares: a billion-laughs document is refused at once', () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]>\n<lolz>&lol9;</lolz>`;
    const started = performance.now();
    expect(() => parseXml(bomb)).toThrow(CodebookFormatError);
    expect(() => parseXml(bomb)).toThrow('Line 3: the entity &lol9; is unknown');
    expect(performance.now() - started).toBeLessThan(1_000);
    // A flat entity (no nesting, so the library itself would expand it) is not expanded either.
    const flat = `<!DOCTYPE a [<!ENTITY big "${'x'.repeat(5_000)}">]>\n<a v="&big;"/>`;
    expect(() => parseXml(flat)).toThrow('Line 2: the entity &big; is unknown');
  });

  it('refuses external entities without reading them', () => {
    const xxe = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>';
    expect(() => parseXml(xxe)).toThrow(CodebookFormatError);
    expect(() => parseXml(xxe)).not.toThrow(/root:/);
  });

  it('names the line of malformed markup, and of an element never closed', () => {
    expect(() => parseXml('<a>\n<b>\n</c></a>')).toThrow(
      'Line 3: </c> does not match <b> opened on line 2; close <b> first.',
    );
    expect(() => parseXml('<a>\n<b>\n<c/>')).toThrow('Line 2: <b> is never closed; add </b>.');
  });

  it('quotes at most 60 characters of the file in a message (the validator quotes whole tag names)', () => {
    const hostile = `<?xml version="1.0"?><CodeBook xmlns="ur${'<&'.repeat(50_000)}`;
    let message = '';
    try {
      parseXml(hostile);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Line 1: /);
    expect(message.length).toBeLessThan(200);
    const longTag = `<a>\n<${'b'.repeat(5000)}?></a>`;
    expect(() => parseXml(longTag)).toThrow(/^Line 2: .{0,200}$/s);
  });

  it('refuses in one pass what the validator takes seconds on: "<" in an attribute or a tag, unclosed CDATA, deep nesting, a huge tag', () => {
    expect(() => parseXml('<a>\n<b x="1 < 2"/></a>')).toThrow(
      'Line 2: an attribute value contains "<"; write &lt; instead.',
    );
    expect(() => parseXml(`<a>\n<![CDATA[</${'<![CDATA[</'.repeat(1000)}`)).toThrow(
      'Line 2: a CDATA section is never closed; add ]]>.',
    );
    expect(() => parseXml(`${'<c>'.repeat(101)}${'</c>'.repeat(101)}`)).toThrow(
      'Line 1: elements nest more than 100 levels deep; a codebook needs far fewer.',
    );
    expect(parseXml(`${'<c>'.repeat(100)}${'</c>'.repeat(100)}`).name).toBe('c');
    // The validator reads the name of a tag with a "<" in it to the end of the file (7–9 s on 8 MB).
    expect(() => parseXml(`<a>\n<b${'<&'.repeat(1000)}`)).toThrow(
      'Line 2: a tag is not closed with ">" before the next "<"; write &lt; for a "<" in text.',
    );
    expect(() => parseXml(`<a>\n<b x="${' '.repeat(100_000)}"/></a>`)).toThrow(
      'Line 2: a tag runs past 100,000 characters without its closing ">"; a codebook\'s tags are far shorter.',
    );
    expect(parseXml(`<a>\n<b x="${' '.repeat(90_000)}"/></a>`).children[0].name).toBe('b');
    // Quotes and brackets in text, comments and CDATA are not attributes.
    expect(parseXml('<a x=\'"\'>"<!-- < " --><![CDATA[<"]]></a>').name).toBe('a');
  });
});

