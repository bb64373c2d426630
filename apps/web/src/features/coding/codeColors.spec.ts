import { describe, expect, it } from 'vitest';
import { CODE_PALETTE, assignCodeColors, codeTree } from './codebook';

// WCAG 2 relative luminance and contrast ratio.
function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
/** The colour at `share` over white, as `color-mix(in srgb, c share, transparent)` on white. */
const wash = (hex: string, share: number) =>
  channels(hex).map((c) => c * share + 255 * (1 - share));

const WHITE = [255, 255, 255];
const TEXT = channels('#0f172a'); // --color-text (gray-900)

const code = (id: string, name: string, parent?: string) => ({
  id,
  name,
  parent: parent ? { id: parent } : null,
});

describe('code palette', () => {
  it('has enough contrast: swatches on white and the text on the strongest wash', () => {
    for (const color of CODE_PALETTE) {
      expect(contrast(channels(color), WHITE), `${color} on white`).toBeGreaterThanOrEqual(3);
      // 38% is the stacked highlight, the darkest wash behind transcript text.
      expect(contrast(TEXT, wash(color, 0.38)), `text on ${color}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('has hues far enough apart to tell codes apart', () => {
    for (let i = 0; i < CODE_PALETTE.length; i++) {
      for (let j = i + 1; j < CODE_PALETTE.length; j++) {
        const [a, b] = [channels(CODE_PALETTE[i]), channels(CODE_PALETTE[j])];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(distance, `${CODE_PALETTE[i]} vs ${CODE_PALETTE[j]}`).toBeGreaterThan(60);
      }
    }
  });
});

describe('assignCodeColors', () => {
  it('gives every code of a codebook its own colour while the palette lasts', () => {
    const codes = Array.from({ length: CODE_PALETTE.length }, (_, i) => code(`c${i}`, `Code ${i}`));
    const colors = assignCodeColors(codes);
    expect(new Set(colors.values()).size).toBe(CODE_PALETTE.length);
    expect([...colors.keys()].sort()).toEqual(codes.map((c) => c.id).sort());
  });

  it('never repeats the colour of the code above or of the parent in a large codebook', () => {
    const codes = Array.from({ length: 40 }, (_, i) =>
      code(
        `id-${(i * 7919) % 1000}`,
        `Code ${String(i).padStart(2, '0')}`,
        i % 3 ? `id-0` : undefined,
      ),
    );
    const colors = assignCodeColors(codes);
    const rows = codeTree(codes);
    for (let i = 1; i < rows.length; i++) {
      const { code: current } = rows[i];
      expect(colors.get(current.id)).not.toBe(colors.get(rows[i - 1].code.id));
      if (current.parent) expect(colors.get(current.id)).not.toBe(colors.get(current.parent.id));
    }
  });

  it('is pure: the same codebook gets the same colours, whatever order it comes in', () => {
    const codes = [code('a1', 'Pricing'), code('b2', 'Support'), code('c3', 'Speed', 'a1')];
    const first = assignCodeColors(codes);
    expect(assignCodeColors([...codes].reverse())).toEqual(first);
    expect(codes.map((c) => c.id)).toEqual(['a1', 'b2', 'c3']);
  });

  it('two codes whose ids pick the same colour still differ', () => {
    // With a two-colour palette, any two codes would collide half the time by id alone.
    const codes = [code('x', 'One'), code('y', 'Two')];
    const colors = assignCodeColors(codes, ['#111111', '#222222']);
    expect(colors.get('x')).not.toBe(colors.get('y'));
  });
});
