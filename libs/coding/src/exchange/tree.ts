import { CodebookFormatError } from './types';

/** The fields the tree helpers need from a code. */
interface TreeCode {
  id: string;
  name: string;
  parentId: string | null;
}

/** A codebook checked as a tree. */
export interface CodeTree<T> {
  /** Every code, each parent before its children; siblings keep their input order. */
  ordered: T[];
  /** Children by parent id; `null` holds the top-level codes. */
  children: Map<string | null, T[]>;
}

/**
 * Checks that codes form a tree and orders it: ids are unique, every parent
 * exists and no code is its own ancestor.
 *
 * @throws CodebookFormatError naming the offending codes
 */
export function buildTree<T extends TreeCode>(
  codes: readonly T[],
  /** How messages name a code, e.g. with its spreadsheet row. */
  label: (code: T) => string = (code) => `"${code.name}"`,
): CodeTree<T> {
  const byId = new Map<string, T>();
  for (const code of codes) {
    const other = byId.get(code.id);
    if (other) {
      throw new CodebookFormatError(
        `The codes ${label(other)} and ${label(code)} share the id "${code.id}"; every code needs its own id.`,
      );
    }
    byId.set(code.id, code);
  }
  const children = new Map<string | null, T[]>();
  for (const code of codes) {
    if (code.parentId !== null && !byId.has(code.parentId)) {
      throw new CodebookFormatError(
        `The code ${label(code)} has the parent id "${code.parentId}", which is not in the codebook.`,
      );
    }
    const siblings = children.get(code.parentId) ?? [];
    siblings.push(code);
    children.set(code.parentId, siblings);
  }
  const ordered: T[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const code = stack.pop()!;
    ordered.push(code);
    // One push per child: spreading a list of 100k+ children into push() overflows the call stack.
    const kids = children.get(code.id) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  if (ordered.length < codes.length) {
    // Unreached codes hang below a loop: walk up from one until a code repeats.
    const reached = new Set(ordered);
    const path: T[] = [];
    const at = new Map<string, number>();
    let code = codes.find((c) => !reached.has(c))!;
    while (!at.has(code.id)) {
      at.set(code.id, path.length);
      path.push(code);
      code = byId.get(code.parentId!)!;
    }
    const loop = path.slice(at.get(code.id));
    const names = [...loop, loop[0]].map(label).join(' → ');
    throw new CodebookFormatError(
      `The parents of ${names} go round in a loop; give one of these codes a different parent.`,
    );
  }
  return { ordered, children };
}

/** How names are compared for "same name under the same parent": trimmed, case kept. */
export const nameKey = (parentId: string | null, name: string) =>
  `${parentId ?? ''}\u0000${name.trim().normalize('NFC')}`;
