/**
 * Fewer text units than this judged by both coders are too few for a kappa to mean anything:
 * the panel says so in words instead of showing a number. The one place this threshold lives.
 */
export const MIN_SHARED_UNITS = 10;

/**
 * The text units both coders judged: a coder judged a unit when they applied at least one code
 * to it (a model, when it suggested one). Units only one coder looked at say nothing about
 * agreement — a model that only codes passages nobody coded would otherwise look like
 * systematic disagreement.
 */
export function sharedUnits(judgedByA: Iterable<string>, judgedByB: Iterable<string>): string[] {
  const a = new Set(judgedByA);
  return [...new Set(judgedByB)].filter((u) => a.has(u)).sort();
}

export interface AgreementFigures {
  /** Decisions compared: text units × codes. */
  units: number;
  /** Share of those decisions on which both coders agree (both applied the code, or neither did). */
  observed: number;
  cohensKappa: number;
}

/**
 * Inter-coder agreement as qualitative tools compute it. A decision is one
 * (text unit × code) pair: did the coder apply the code to the unit? The
 * caller passes the units to compare (the service passes `sharedUnits`, the
 * units both coders judged). Cohen's kappa corrects
 * the observed agreement for the agreement expected by chance from each
 * coder's own rate of applying codes; it is 1 for perfect agreement, 0 for
 * chance level and negative below it. When both coders never (or always)
 * apply a code, chance agreement is 1 and kappa is defined as 1 if they agree.
 */
export function codingAgreement(
  units: readonly string[],
  codes: readonly string[],
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): AgreementFigures {
  const decisions = units.length * codes.length;
  if (decisions === 0) return { units: 0, observed: 0, cohensKappa: 0 };
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const unit of units) {
    for (const code of codes) {
      const key = `${unit}|${code}`;
      const x = a.has(key);
      const y = b.has(key);
      if (x === y) agree++;
      if (x) aYes++;
      if (y) bYes++;
    }
  }
  const po = agree / decisions;
  const pa = aYes / decisions;
  const pb = bYes / decisions;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return {
    units: decisions,
    observed: po,
    cohensKappa: pe >= 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe),
  };
}
