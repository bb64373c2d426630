import { describe, expect, it } from 'vitest';
import { parseHeadline } from './snippet';

const S = '\uE000';
const E = '\uE001';

describe('parseHeadline', () => {
  it('turns sentinel marks into plain text and ranges', () => {
    const h = parseHeadline(`The ${S}price${E} was too ${S}high${E}.`);
    expect(h.text).toBe('The price was too high.');
    expect(h.ranges.map((r) => h.text.slice(r.start, r.end))).toEqual(['price', 'high']);
  });

  it('keeps markup-looking text as text (the client renders it as text)', () => {
    const h = parseHeadline(`<script>alert(1)</script> ${S}pricing${E}`);
    expect(h.text).toBe('<script>alert(1)</script> pricing');
    expect(h.ranges).toEqual([{ start: 26, end: 33 }]);
  });

  it('counts offsets in UTF-16 code units and drops unbalanced or empty marks', () => {
    const h = parseHeadline(`😀 ${S}café${E} ${S}${E} ${E}x ${S}tail`);
    expect(h.text).toBe('😀 café  x tail');
    expect(h.ranges).toEqual([{ start: 3, end: 7 }]);
  });
});
