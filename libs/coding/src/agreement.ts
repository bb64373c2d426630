/** One coder's codes on one unit (a transcript segment or a survey answer). */
export interface CodedUnit {
  unit: string;
  codes: ReadonlySet<string>;
}

export interface AgreementFigures {
  units: number;
  observed: number;
  cohensKappa: number;
}

/**
 * Agreement of two coders over the units both coded. `observed` is the share
 * of those units given exactly the same codes. Cohen's kappa is computed over
 * the binary decisions "unit has code c" for every unit × code, the usual way
 * for multi-label qualitative coding; kappa is 1 when agreement is perfect.
 */
export function codingAgreement(a: CodedUnit[], b: CodedUnit[], codebook: readonly string[]): AgreementFigures {
  const byUnitB = new Map(b.map((u) => [u.unit, u.codes]));
  const shared = a.filter((u) => byUnitB.has(u.unit));
  if (shared.length === 0) return { units: 0, observed: 0, cohensKappa: 0 };
  let sameUnits = 0;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const u of shared) {
    const other = byUnitB.get(u.unit)!;
    let same = true;
    for (const code of codebook) {
      const x = u.codes.has(code);
      const y = other.has(code);
      if (x === y) agree++;
      else same = false;
      if (x) aYes++;
      if (y) bYes++;
    }
    if (same) sameUnits++;
  }
  const decisions = shared.length * codebook.length;
  const po = decisions ? agree / decisions : 1;
  const pa = decisions ? aYes / decisions : 0;
  const pb = decisions ? bYes / decisions : 0;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  const kappa = pe >= 1 ? 1 : (po - pe) / (1 - pe);
  return { units: shared.length, observed: sameUnits / shared.length, cohensKappa: kappa };
}
