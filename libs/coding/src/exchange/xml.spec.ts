import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-parse';
import { escapeAttr, escapeText, writeXml } from './xml-write';

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
});
