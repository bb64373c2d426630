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

// Distinct hues that stay readable as a light wash behind dark text.
const PALETTE = [
  '#f59e0b',
  '#10b981',
  '#3b82f6',
  '#ec4899',
  '#8b5cf6',
  '#ef4444',
  '#14b8a6',
  '#f97316',
  '#84cc16',
  '#06b6d4',
];

/** A stable colour per code, so a code looks the same on every page. */
export function codeColor(codeId: string): string {
  let hash = 0;
  for (let i = 0; i < codeId.length; i++) hash = (hash * 31 + codeId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length];
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
