/**
 * Which text units a calibration run has the coder code blind.
 *
 * A unit's human decision comes from the highlight table: the codes of its ACCEPTED highlights (a
 * person applied them, or accepted a model's suggestion — either way a person's call). A unit with
 * at least one ACCEPTED highlight is "coded by the human". A unit where a person rejected a
 * suggestion and accepted nothing is "judged without coding": the person looked at it and said
 * no code fits. Those are the only uncoded units the data can vouch for; every other uncoded unit
 * may simply not have been read yet, so it is never sampled (it would count the coder's correct
 * codes as false positives).
 */
export interface ReferenceUnit {
  /** `seg:<segment>` or `ans:<response>:<question>` (see `unitKey`). */
  id: string;
  /** Codes a person applied or accepted on the unit; empty for a unit judged without coding. */
  codes: readonly string[];
}

export const DEFAULT_SAMPLE_SIZE = 100;
export const MIN_SAMPLE_SIZE = 10;
export const MAX_SAMPLE_SIZE = 500;

/** A small, fast, seeded PRNG (mulberry32): same seed, same sample. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws up to `size` units, deterministic for a seed whatever the input order:
 * - about half are coded units, drawn round-robin over the codes (rarest code first), so every code
 *   the human used appears, as often as its uses allow, before any code gets a second turn;
 * - the other half are units judged without coding; when there are not enough of one kind the
 *   other fills the sample. Units of neither kind are never drawn.
 * Answers the sampled units sorted by id.
 */
export function sampleCalibrationUnits(
  units: readonly ReferenceUnit[],
  size: number,
  seed: number,
): ReferenceUnit[] {
  const random = seededRandom(seed);
  const sorted = [...units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const coded = sorted.filter((u) => u.codes.length > 0);
  const uncoded = shuffled(
    sorted.filter((u) => u.codes.length === 0),
    random,
  );
  const wantCoded = Math.max(size - Math.min(uncoded.length, Math.floor(size / 2)), 0);

  // Round-robin over codes, rarest first (ties by id), each code's units in a seeded order.
  const byCode = new Map<string, ReferenceUnit[]>();
  for (const u of coded) for (const c of new Set(u.codes)) byCode.set(c, [...(byCode.get(c) ?? []), u]);
  const queues = [...byCode.entries()]
    .sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([, list]) => shuffled(list, random));
  const picked = new Set<string>();
  const chosen: ReferenceUnit[] = [];
  let progress = true;
  while (chosen.length < wantCoded && progress) {
    progress = false;
    for (const queue of queues) {
      if (chosen.length >= wantCoded) break;
      while (queue.length) {
        const unit = queue.shift()!;
        if (picked.has(unit.id)) continue;
        picked.add(unit.id);
        chosen.push(unit);
        progress = true;
        break;
      }
    }
  }
  chosen.push(...uncoded.slice(0, size - chosen.length));
  return chosen.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The offline coder's examples for a calibration: quotes of accepted highlights on units outside
 * the sample only (at most `perCode` per code, in the order given), so the coder never sees the
 * human's call on a unit it is asked to code — the same profiles a coding run would build, held out.
 */
export function heldOutExamples(
  quotes: readonly { unitId: string; codeId: string; text: string }[],
  sampled: ReadonlySet<string>,
  perCode = 10,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const q of quotes) {
    if (sampled.has(q.unitId)) continue;
    const list = out.get(q.codeId) ?? [];
    if (list.length < perCode) out.set(q.codeId, [...list, q.text]);
  }
  return out;
}
