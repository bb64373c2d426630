/** A reviewer's check of one trait: supported by its evidence or not, with an optional note. */
export interface Mark {
  traitIndex: number;
  ok: boolean;
  note: string | null;
}

export const MAX_MARK_NOTE_CHARS = 1000;

const VERDICTS: Record<string, boolean> = { supported: true, unsupported: false };

/** One mark's verdict and note from what a client sent for it, or a reason it cannot be read. */
function readValue(value: unknown): { ok: boolean; note: string | null } | string {
  if (typeof value === 'boolean') return { ok: value, note: null };
  if (typeof value === 'string') {
    const ok = VERDICTS[value.toLowerCase()];
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return ok === undefined ? `"${shown}" is not "supported" or "unsupported"` : { ok, note: null };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const verdict = typeof v.ok === 'boolean' ? v.ok : readValue(v.status ?? v.check);
    const ok =
      typeof verdict === 'boolean' ? verdict : typeof verdict === 'object' ? verdict.ok : null;
    if (ok === null) return 'it says neither ok: true/false nor "supported"/"unsupported"';
    if (v.note != null && typeof v.note !== 'string') return 'its note is not text';
    const note = typeof v.note === 'string' ? v.note.trim() || null : null;
    return { ok, note };
  }
  return 'it is not true/false, "supported"/"unsupported" or an object with ok';
}

/**
 * The marks in what a client sent as `traitChecks` (a list of `{ traitIndex, ok, note }`, or an
 * object keyed by trait index whose values are "supported"/"unsupported", booleans or `{ ok, note }`),
 * with the reasons a mark could not be read. What names no trait (an object key that is not a
 * number, a list entry without `traitIndex`) is not a mark: it is stored as sent and ignored here.
 * Marks come out ordered by trait index.
 */
export function readMarks(raw: unknown): { marks: Mark[]; problems: string[] } {
  const marks: Mark[] = [];
  const problems: string[] = [];
  if (raw === null || raw === undefined || typeof raw !== 'object') return { marks, problems };
  const entries: [unknown, unknown, string][] = Array.isArray(raw)
    ? raw
        .map((item, i): [unknown, unknown, string] => [
          item && typeof item === 'object'
            ? (item as Record<string, unknown>).traitIndex
            : undefined,
          item,
          `entry ${i + 1}`,
        ])
        .filter(([index]) => index !== undefined)
    : Object.entries(raw as Record<string, unknown>)
        .filter(([k]) => /^-?\d+$/.test(k))
        .map(([k, v]) => [Number(k), v, `trait ${k.length > 12 ? `${k.slice(0, 12)}…` : k}`]);
  for (const [index, value, where] of entries) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
      problems.push(`${where} has no trait index (a whole number from 0)`);
      continue;
    }
    const read = readValue(value);
    if (typeof read === 'string') {
      problems.push(`${where}: ${read}`);
      continue;
    }
    marks.push({ traitIndex: index, ...read });
  }
  marks.sort((a, b) => a.traitIndex - b.traitIndex);
  return { marks, problems };
}

/** The marks a stored review shows: whatever could be read (old rows were stored as sent). */
export const marksOf = (raw: unknown): Mark[] => readMarks(raw).marks;

/**
 * Why these marks cannot be stored for a version with `traitCount` traits, or null when they
 * can: every entry readable, each index in range and marked once, notes short enough.
 */
export function marksProblem(
  marks: Mark[],
  problems: string[],
  traitCount: number,
  version: number,
): string | null {
  if (problems.length) return `Trait checks could not be read: ${problems.slice(0, 3).join('; ')}.`;
  const outside = marks.filter((m) => m.traitIndex >= traitCount).map((m) => m.traitIndex);
  if (outside.length)
    return traitCount
      ? `Trait ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? '…' : ''} does not exist: version ${version} has ${traitCount} trait${traitCount === 1 ? '' : 's'} (0 to ${traitCount - 1}).`
      : `Version ${version} has no traits to check.`;
  const seen = new Set<number>();
  for (const m of marks) {
    if (seen.has(m.traitIndex))
      return `Trait ${m.traitIndex} is checked twice; check each trait once.`;
    seen.add(m.traitIndex);
    if (m.note && m.note.length > MAX_MARK_NOTE_CHARS)
      return `Keep the note on trait ${m.traitIndex} under 1,000 characters.`;
  }
  return null;
}
