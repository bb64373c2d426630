import { describe, expect, it } from 'vitest';
import { snapToWords } from './textSpans';

/** The quote a snapped selection of `part` (its `occurrence`-th match) gives. */
function snapped(text: string, part: string, occurrence = 0): string {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  const span = snapToWords(text, { start, end: start + part.length });
  return text.slice(span.start, span.end);
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('snapToWords', () => {
  const text = 'Every morning I open the dashboards, and they are painfully slow 🐢 so I wait.';

  it('widens a selection that starts and ends inside words to the whole words', () => {
    expect(snapped(text, 'ey are painfully sl')).toBe('they are painfully slow');
    expect(snapped(text, 'ashboard')).toBe('dashboards');
    expect(snapped(text, 'rnin')).toBe('morning');
  });

  it('keeps ends that already sit on a word boundary or on punctuation', () => {
    expect(snapped(text, 'they are')).toBe('they are');
    expect(snapped(text, 'dashboards,')).toBe('dashboards,');
    expect(snapped(text, ', and')).toBe(', and');
    expect(snapped(text, 'slow 🐢')).toBe('slow 🐢');
  });

  it('keeps apostrophes and hyphens inside a word, not at its edge', () => {
    const quote = "I don't trust the well-known 'tools' at all";
    expect(snapped(quote, "n't tr")).toBe("don't trust");
    expect(snapped(quote, 'll-kn')).toBe('well-known');
    expect(snapped(quote, "ools'")).toBe("tools'");
    expect(snapped(quote, 'too')).toBe('tools');
  });

  it('counts offsets in UTF-16 units around emoji and accented letters', () => {
    const quote = 'Ça coûte 💸 très cher, 𝒜lors non';
    const start = quote.indexOf('oûte');
    const span = snapToWords(quote, { start, end: start + 2 });
    expect(span).toEqual({ start: quote.indexOf('coûte'), end: quote.indexOf('coûte') + 5 });
    // A letter outside the Basic Multilingual Plane is two units and stays whole.
    const math = quote.indexOf('lors');
    const wide = snapToWords(quote, { start: math, end: math + 2 });
    expect(quote.slice(wide.start, wide.end)).toBe('𝒜lors');
    expect(wide.start).toBe(quote.indexOf('𝒜'));
    expect(snapped(quote, 'ès ch')).toBe('très cher');
  });

  it('the quote is always text.slice(start, end) of the same text', () => {
    for (let start = 0; start < text.length; start += 3) {
      for (let end = start + 1; end <= text.length; end += 5) {
        // rangeSpan never splits an emoji before snapping; neither does this input.
        if (isLow(text.charCodeAt(start)) || isLow(text.charCodeAt(end))) continue;
        const span = snapToWords(text, { start, end });
        expect(span.start).toBeLessThanOrEqual(start);
        expect(span.end).toBeGreaterThanOrEqual(end);
        expect(text.slice(span.start, span.end).length).toBe(span.end - span.start);
        expect(isLow(text.charCodeAt(span.start)) || isLow(text.charCodeAt(span.end))).toBe(false);
      }
    }
  });
});
