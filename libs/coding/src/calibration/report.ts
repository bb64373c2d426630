import { MIN_SHARED_UNITS, codingAgreement } from '../agreement';

/** One sampled unit: the human's codes and the coder's blind codes. */
export interface CalibratedUnit {
  id: string;
  human: readonly string[];
  coder: readonly string[];
}

export interface CalibrationCodeFigures {
  codeId: string;
  codeName: string;
  /** Units compared for this code: every sampled unit (both judged each of them). */
  units: number;
  /** Sampled units the human coded with it. */
  humanUses: number;
  /** Sampled units the coder coded with it. */
  coderUses: number;
  /** Share of units where both made the same call (both applied it, or neither did). */
  observed: number;
  cohensKappa: number;
  /** Of the coder's uses, the share the human also made; null when the coder never used it. */
  precision: number | null;
  /** Of the human's uses, the share the coder found; null when the human never used it. */
  recall: number | null;
  /**
   * Whether the human used the code on at least MIN_SHARED_UNITS sampled units: below that, one
   * unit more or less swings kappa too far to say anything (the agreement panel's rule).
   */
  enough: boolean;
}

export interface CalibrationFigures {
  units: number;
  minSharedUnits: number;
  enough: boolean;
  observed: number;
  cohensKappa: number;
  perCode: CalibrationCodeFigures[];
}

/**
 * Cohen's kappa of the coder against the human on presence/absence of each code per sampled unit
 * (`codingAgreement`, the agreement panel's one definition), plus counts, precision and recall.
 * Overall figures are over (unit × code) decisions of the codes listed.
 */
export function calibrationFigures(
  units: readonly CalibratedUnit[],
  codes: readonly { id: string; name: string }[],
): CalibrationFigures {
  const ids = units.map((u) => u.id);
  const human = new Set(units.flatMap((u) => u.human.map((c) => `${u.id}|${c}`)));
  const coder = new Set(units.flatMap((u) => u.coder.map((c) => `${u.id}|${c}`)));
  const overall = codingAgreement(ids, codes.map((c) => c.id), human, coder);
  const perCode = codes.map((code): CalibrationCodeFigures => {
    const figures = codingAgreement(ids, [code.id], human, coder);
    let humanUses = 0;
    let coderUses = 0;
    let both = 0;
    for (const id of ids) {
      const h = human.has(`${id}|${code.id}`);
      const c = coder.has(`${id}|${code.id}`);
      if (h) humanUses++;
      if (c) coderUses++;
      if (h && c) both++;
    }
    return {
      codeId: code.id,
      codeName: code.name,
      units: ids.length,
      humanUses,
      coderUses,
      observed: figures.observed,
      cohensKappa: figures.cohensKappa,
      precision: coderUses ? both / coderUses : null,
      recall: humanUses ? both / humanUses : null,
      enough: ids.length >= MIN_SHARED_UNITS && humanUses >= MIN_SHARED_UNITS,
    };
  });
  return {
    units: ids.length,
    minSharedUnits: MIN_SHARED_UNITS,
    enough: ids.length >= MIN_SHARED_UNITS,
    observed: overall.observed,
    cohensKappa: overall.cohensKappa,
    perCode,
  };
}
