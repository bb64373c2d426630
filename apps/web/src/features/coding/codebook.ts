import { shallowRef } from 'vue';
import type { CodeCategory } from '../../gql/graphql';
import { humanize } from '../../utils/format';
import type { SelectOption } from '../../components/types';

/** The fields of a code this module needs, whatever query it came from. */
interface CodeLike {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

export const CODE_CATEGORIES: CodeCategory[] = [
  'PAIN_POINT',
  'NEED',
  'GOAL',
  'MOTIVATION',
  'BEHAVIOR',
  'ATTITUDE',
  'DEMOGRAPHIC',
  'OTHER',
];

export const categoryOptions: SelectOption<CodeCategory>[] = CODE_CATEGORIES.map((value) => ({
  value,
  label: humanize(value),
}));

/**
 * Distinct hues for codes. Each is dark enough to read as a swatch or underline on
 * white (3:1, the WCAG figure for graphics) and light enough, as the highlight's wash,
 * to keep the transcript's dark text well above 4.5:1 (see codebook.spec.ts).
 */
export const CODE_PALETTE = [
  '#2563eb', // blue
  '#d97706', // amber
  '#059669', // emerald
  '#db2777', // pink
  '#7c3aed', // violet
  '#0284c7', // sky
  '#dc2626', // red
  '#4d7c0f', // lime
  '#a21caf', // fuchsia
  '#475569', // slate
  '#92400e', // brown
] as const;

function hashOf(codeId: string): number {
  let hash = 0;
  for (let i = 0; i < codeId.length; i++) hash = (hash * 31 + codeId.charCodeAt(i)) >>> 0;
  return hash;
}

/**
 * A colour for every code of a codebook: all different while the palette lasts, and
 * beyond that never the colour of the code listed just above or of the parent. Each code
 * starts from a colour its id picks, so adding a code moves few others. Pure.
 */
export function assignCodeColors(
  codes: readonly CodeLike[],
  palette: readonly string[] = CODE_PALETTE,
): Map<string, string> {
  const colors = new Map<string, string>();
  const used = new Set<string>();
  let previous: string | undefined;
  for (const { code } of codeTree(codes)) {
    const parent = code.parent ? colors.get(code.parent.id) : undefined;
    const first = hashOf(code.id) % palette.length;
    const candidates = palette.map((_, i) => palette[(first + i) % palette.length]);
    const color =
      candidates.find((c) => !used.has(c) && c !== previous && c !== parent) ??
      candidates.find((c) => c !== previous && c !== parent) ??
      candidates[0];
    colors.set(code.id, color);
    used.add(color);
    if (used.size === palette.length) used.clear();
    previous = color;
  }
  return colors;
}

/** The colours of the codebook on screen; `codeColor` reads them, so every page agrees. */
const codebookColors = shallowRef(new Map<string, string>());

/** Called when a codebook loads, so its codes get their distinct colours everywhere. */
export function setCodebookColors(codes: readonly CodeLike[]): void {
  codebookColors.value = assignCodeColors(codes);
}

/** The colour of a code: its codebook's assignment, or a stable pick from its id. */
export function codeColor(codeId: string): string {
  return codebookColors.value.get(codeId) ?? CODE_PALETTE[hashOf(codeId) % CODE_PALETTE.length];
}

/** Codes in tree order (parents before their children, siblings by name), each with its depth. */
export function codeTree<C extends CodeLike>(codes: readonly C[]): { code: C; depth: number }[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, C[]>();
  for (const code of codes) {
    const parent = code.parent && ids.has(code.parent.id) ? code.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const rows: { code: C; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const code of list) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      rows.push({ code, depth });
      walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The ids of a code and every code under it (a code cannot move below those). */
export function withDescendants(codes: readonly CodeLike[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const code of codes) {
      if (code.parent && result.has(code.parent.id) && !result.has(code.id)) {
        result.add(code.id);
        grew = true;
      }
    }
  }
  return result;
}

/** "Parent › Child", for pickers that show the codebook as a flat list. */
export function codePath(codes: readonly CodeLike[], code: CodeLike): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names = [code.name];
  let current = code.parent ? byId.get(code.parent.id) : undefined;
  while (current && names.length < 8) {
    names.unshift(current.name);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
  return names.join(' › ');
}

/** A plain-words reading of Cohen's kappa (Landis & Koch). */
export function kappaReading(kappa: number): string {
  if (kappa < 0) return 'poor';
  if (kappa < 0.2) return 'slight';
  if (kappa < 0.4) return 'fair';
  if (kappa < 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}
