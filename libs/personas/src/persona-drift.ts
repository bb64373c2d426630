import type { StoredTrait } from './persona-content';

/**
 * Drift of a persona since its approval: how its share of the people who came after approval, and
 * how often its top traits hold among the newcomers placed in it, compare with what the approved
 * version says (the run's members). Pure; thresholds in one place:
 * - MIN_NEWCOMERS: a share of fewer than 20 new people moves by 5 points per person, so nothing is
 *   said below that (the notice says how many are needed).
 * - SHARE_POINTS / SHARE_RELATIVE: a change of 10 percentage points, or of half the approved share
 *   (17 % → 26 %), is what a team would re-plan for; smaller moves are within the wobble of a
 *   resampled segmentation (bootstrap stability 0.8–0.9 on the R survey).
 * - MIN_ASSIGNED_FOR_TRAITS / TRAIT_POINTS: a trait's share among the newcomers placed in the
 *   persona is compared only with 10 of them or more, and drifts at 20 points (a trait is a share
 *   of a smaller group than the persona's share, so it needs a wider band).
 * - TOP_TRAITS: the first three distinctive traits of the approved version (the engine orders traits
 *   by how much they set the persona apart); only chosen options and needs codes can be checked on
 *   newcomers, so number, scale and topic traits are passed over.
 */
export const MIN_NEWCOMERS = 20;
export const SHARE_POINTS = 0.1;
export const SHARE_RELATIVE = 0.5;
export const MIN_ASSIGNED_FOR_TRAITS = 10;
export const TRAIT_POINTS = 0.2;
export const TOP_TRAITS = 3;

export interface DriftInput {
  /** When the approved version was approved. */
  approvedAt: Date;
  /** The approved version's share of the run's participants (0–1). */
  shareAtApproval: number;
  /** The approved version's traits, in their order. */
  traits: StoredTrait[];
  /** People who came after approval (assigned anywhere or unassigned). */
  newcomers: number;
  /** Of them, placed in this persona. */
  assigned: number;
  /** Of those placed here, how many hold each fact key. */
  factCounts: Map<string, number>;
}

export interface TraitDrift {
  text: string;
  label: string;
  key: string;
  shareAtApproval: number;
  shareNow: number | null;
  drifted: boolean;
}

export interface PersonaDrift {
  approvedAt: Date;
  newcomers: number;
  assigned: number;
  shareAtApproval: number;
  /** Null when fewer than MIN_NEWCOMERS came after approval. */
  shareNow: number | null;
  shareDrifted: boolean;
  traits: TraitDrift[];
  /** Share or a top trait moved beyond its threshold: the notice proposes a re-run. */
  drifted: boolean;
  /** The notice in words. */
  message: string;
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const day = (d: Date): string =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The words of a trait without its figures ("Use R: daily — 83 % (2.8×)" → "Use R: daily"). */
export function traitLabel(text: string): string {
  return text.split(' — ')[0].trim();
}

/** Traits that can be checked on newcomers: distinctive, not demographic, a chosen option or a needs code. */
export function checkableTraits(traits: StoredTrait[]): StoredTrait[] {
  return traits
    .filter(
      (t) =>
        !!t.key &&
        (t.key.startsWith('choice:') || t.key.startsWith('code:')) &&
        typeof t.share === 'number' &&
        !t.sharedByStudy &&
        t.kind !== 'DEMOGRAPHIC',
    )
    .slice(0, TOP_TRAITS);
}

export function shareDrifted(then: number, now: number): boolean {
  const change = Math.abs(now - then);
  return change >= SHARE_POINTS - 1e-9 || (then > 0 && change / then >= SHARE_RELATIVE);
}

export function personaDrift(input: DriftInput): PersonaDrift {
  const enough = input.newcomers >= MIN_NEWCOMERS;
  const shareNow = enough ? input.assigned / input.newcomers : null;
  const sharedMoved = shareNow !== null && shareDrifted(input.shareAtApproval, shareNow);
  const traitsEnough = enough && input.assigned >= MIN_ASSIGNED_FOR_TRAITS;
  const traits: TraitDrift[] = checkableTraits(input.traits).map((t) => {
    const now = traitsEnough ? (input.factCounts.get(t.key!) ?? 0) / input.assigned : null;
    return {
      text: t.text,
      label: traitLabel(t.text),
      key: t.key!,
      shareAtApproval: t.share!,
      shareNow: now,
      drifted: now !== null && Math.abs(now - t.share!) >= TRAIT_POINTS - 1e-9,
    };
  });
  const drifted = sharedMoved || traits.some((t) => t.drifted);
  const since = `Since approval on ${day(input.approvedAt)}`;
  let message: string;
  if (!enough)
    message = `${since}, ${input.newcomers} new ${input.newcomers === 1 ? 'person has' : 'people have'} come in; drift is judged from ${MIN_NEWCOMERS}.`;
  else {
    const verb =
      shareNow! > input.shareAtApproval + 1e-9
        ? 'grew'
        : shareNow! < input.shareAtApproval - 1e-9
          ? 'shrank'
          : 'stayed';
    const parts = [
      verb === 'stayed'
        ? `${since}, this persona stayed at ${pct(shareNow!)} of new respondents (${input.newcomers} people)`
        : `${since}, this persona ${verb} from ${pct(input.shareAtApproval)} to ${pct(shareNow!)} of new respondents (${input.newcomers} people)`,
    ];
    for (const t of traits.filter((x) => x.drifted))
      parts.push(
        `‘${t.label}’ now holds for ${pct(t.shareNow!)} of newcomers against ${pct(t.shareAtApproval)} at approval`,
      );
    message = `${parts.join('; ')}.${drifted ? ' Re-run synthesis to bring the personas up to date.' : ''}`;
  }
  return {
    approvedAt: input.approvedAt,
    newcomers: input.newcomers,
    assigned: input.assigned,
    shareAtApproval: input.shareAtApproval,
    shareNow,
    shareDrifted: sharedMoved,
    traits,
    drifted,
    message,
  };
}
