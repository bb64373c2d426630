import { describe, expect, it } from 'vitest';
import {
  AddressListError,
  MAX_ADDRESSES,
  normalizeAddress,
  parseAddressList,
} from './address-list';

describe('parseAddressList', () => {
  it('reads one address per line and several per line split by commas or semicolons, with line numbers', () => {
    const entries = parseAddressList(
      'ana@example.org\n\nBen@Example.org, cy@example.org; not-an-address\r\n  dee@example.org  ',
    );
    expect(entries).toEqual([
      { line: 1, text: 'ana@example.org', address: 'ana@example.org' },
      { line: 3, text: 'Ben@Example.org', address: 'ben@example.org' },
      { line: 3, text: 'cy@example.org', address: 'cy@example.org' },
      { line: 3, text: 'not-an-address', address: null },
      { line: 4, text: 'dee@example.org', address: 'dee@example.org' },
    ]);
  });

  it("reads a CSV file's email column by its header, rows numbered as in the file", () => {
    const csv =
      '\uFEFFname,Email,team\n"Silva, Ana",ana@example.org,A\nBen,,B\nCy,cy@,C\n"Dee","dee@example.org",D\n';
    expect(parseAddressList(csv)).toEqual([
      { line: 2, text: 'ana@example.org', address: 'ana@example.org' },
      { line: 4, text: 'cy@', address: null },
      { line: 5, text: 'dee@example.org', address: 'dee@example.org' },
    ]);
  });

  it('takes a one-column file headed email as a CSV', () => {
    expect(parseAddressList('email\nana@example.org\n').map((e) => e.line)).toEqual([2]);
  });

  it('accepts display names, quotes and mailto:', () => {
    expect(normalizeAddress('Ana Silva <Ana@Example.org>')).toBe('ana@example.org');
    expect(normalizeAddress('"ana@example.org"')).toBe('ana@example.org');
    expect(normalizeAddress('mailto:ana@example.org')).toBe('ana@example.org');
    expect(normalizeAddress('ana@example')).toBeNull();
    expect(normalizeAddress('ana @example.org')).toBeNull();
  });

  it('refuses an empty list, a broken CSV and too many addresses', () => {
    expect(() => parseAddressList(' \n ,; \n')).toThrow(AddressListError);
    expect(() => parseAddressList('email,name\n"ana@example.org,Ana\n')).toThrow(
      /could not be read/,
    );
    const many = Array.from({ length: MAX_ADDRESSES + 1 }, (_, i) => `p${i}@example.org`).join(
      '\n',
    );
    expect(() => parseAddressList(many)).toThrow(/at most 5,000/);
  });

  it('clips what it repeats of a long line', () => {
    const [e] = parseAddressList('x'.repeat(1000));
    expect(e.text).toHaveLength(200);
    expect(e.address).toBeNull();
  });
});
