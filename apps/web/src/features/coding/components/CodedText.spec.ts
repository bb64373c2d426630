// @vitest-environment jsdom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import CodedText, { type CodedHighlight } from './CodedText.vue';
import { splitText } from '../textSpans';

// Emoji are two UTF-16 units each: offsets must count them the way text.slice does.
const text = 'Honestly 😀 the price 💸 hurts, but support is great. Really great!';
const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const highlights: CodedHighlight[] = [
  { id: 'h1', ...at('Honestly 😀'), status: 'SUGGESTED', code: { id: 'c1', name: 'Mood' } },
  { id: 'h2', ...at('price 💸 hurts'), status: 'ACCEPTED', code: { id: 'c2', name: 'Pricing' } },
  { id: 'h3', ...at('💸'), status: 'ACCEPTED', code: { id: 'c3', name: 'Money' } },
];

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.getSelection()?.removeAllRanges();
});

function render(query = '') {
  wrapper = mount(CodedText, {
    props: { text, highlights, query, sourceKey: 'segment-1' },
    attachTo: document.body,
  });
  return wrapper.element as HTMLElement;
}

/** The text node holding the `occurrence`-th `word`, and where the word starts in it. */
function locate(root: HTMLElement, word: string, occurrence = 0): { node: Text; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    let index = data.indexOf(word);
    while (index !== -1) {
      if (seen++ === occurrence) return { node: node as Text, offset: index };
      index = data.indexOf(word, index + 1);
    }
  }
  throw new Error(`"${word}" is not in one text node`);
}

async function select(from: { node: Node; offset: number }, to: { node: Node; offset: number }) {
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  await wrapper!.trigger('mouseup');
  const events = wrapper!.emitted<[{ start: number; end: number }, HTMLElement]>('select') ?? [];
  return events.at(-1)?.[0] ?? null;
}

describe('CodedText offsets', () => {
  it('renders the text exactly, as plain text plus highlight marks', () => {
    const root = render();
    expect(root.textContent).toBe(text);
    expect(root.querySelectorAll('mark')).toHaveLength(4); // "Honestly 😀", "price ", "💸", " hurts"
    expect(root.querySelector('mark')?.getAttribute('title')).toBe('Mood (suggested)');
  });

  it('a selection of a later word, after emoji and marks, is exactly text.slice(start, end)', async () => {
    const root = render();
    const hit = locate(root, 'Really');
    const span = await select(hit, { node: hit.node, offset: hit.offset + 'Really'.length });
    expect(span).toEqual({ start: text.indexOf('Really'), end: text.indexOf('Really') + 6 });
    expect(text.slice(span!.start, span!.end)).toBe('Really');
    // A code-point count would be off by two (two emoji before the word).
    expect(span!.start).toBe([...text.slice(0, span!.start)].length + 2);
  });

  it('works across a mark boundary and trims surrounding white space', async () => {
    const root = render();
    // From the space before "price" (plain text) into the marks and out again, up to "but".
    const from = locate(root, 'the ');
    const to = locate(root, 'but');
    const span = await select({ node: from.node, offset: from.offset + 3 }, to);
    expect(text.slice(span!.start, span!.end)).toBe('price 💸 hurts,');
  });

  it('counts search-match marks the same way', async () => {
    const root = render('great');
    expect(root.textContent).toBe(text);
    const from = locate(root, 'Really');
    const to = locate(root, 'great', 1);
    const span = await select(from, { node: to.node, offset: to.offset + 5 });
    expect(text.slice(span!.start, span!.end)).toBe('Really great');
  });

  it('accepts element boundaries and never splits an emoji', async () => {
    const root = render();
    // From the start of the root element to inside the first emoji's surrogate pair.
    const inside = locate(root, 'Honestly');
    const span = await select({ node: root, offset: 0 }, { node: inside.node, offset: 10 });
    expect(text.slice(span!.start, span!.end)).toBe('Honestly 😀');
  });

  it('keeps a triple-click selection that ends at the start of the next block', async () => {
    const root = render();
    const next = document.createElement('p');
    next.textContent = 'Next turn';
    document.body.append(next);
    const from = locate(root, 'Really');
    const span = await select(from, { node: next.firstChild!, offset: 0 });
    expect(text.slice(span!.start, span!.end)).toBe('Really great!');
    next.remove();
  });

  it('ignores a selection that leaves the text', async () => {
    const root = render();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const inside = locate(root, 'great');
    const span = await select(inside, { node: outside.firstChild!, offset: 4 });
    expect(span).toBeNull();
    outside.remove();
  });
});

describe('splitText', () => {
  it('cuts at every boundary and the pieces join back to the text', () => {
    const pieces = splitText(text, highlights, [at('support')]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    const money = pieces.find((p) => p.text === '💸')!;
    expect(money.highlights.map((h) => h.id)).toEqual(['h3', 'h2']); // shortest first
    expect(pieces.find((p) => p.text === 'support')?.match).toBe(true);
  });
});
