import { kappaReading } from './codebook';

/** Landis & Koch (1977) bands of Cohen's kappa, in words. */
export const KAPPA_BANDS: readonly { reading: string; range: string }[] = [
  { reading: 'poor', range: 'below 0' },
  { reading: 'slight', range: '0–0.20' },
  { reading: 'fair', range: '0.21–0.40' },
  { reading: 'moderate', range: '0.41–0.60' },
  { reading: 'substantial', range: '0.61–0.80' },
  { reading: 'almost perfect', range: '0.81–1' },
];

const MEANING: Record<string, string> = {
  poor: 'they agree less often than two coders guessing at random would',
  slight: 'they agree barely more often than chance',
  fair: 'they agree somewhat more often than chance, but often apply it differently',
  moderate: 'they agree on it about half the way from chance to perfect',
  substantial: 'they mostly apply it to the same passages',
  'almost perfect': 'they apply it to practically the same passages',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why there is no kappa: the coders share too few passages. */
export function tooFewSentence(shared: number, needed: number): string {
  const have =
    shared === 0
      ? 'These two coders have not coded any of the same passages'
      : `These two coders have both coded only ${plural(shared, 'passage', 'passages')}`;
  return `Too few to say: ${have}; agreement needs at least ${needed} passages coded by both before a kappa means anything.`;
}

/** The overall figure in words. */
export function overallSentence(shared: number, observed: number, kappa: number): string {
  const reading = kappaReading(kappa);
  const band = KAPPA_BANDS.find((b) => b.reading === reading)!;
  return `On the ${plural(shared, 'passage', 'passages')} both coders coded, they made the same call on ${Math.round(observed * 100)}% of (passage × code) decisions. Corrected for agreement expected by chance, kappa is ${kappa.toFixed(2)}: ${reading} agreement (Landis & Koch: ${band.range}).`;
}

/** One code's kappa in words. */
export function codeSentence(codeName: string, kappa: number): string {
  const reading = kappaReading(kappa);
  return `${codeName}: ${reading} (${kappa.toFixed(2)}) — ${MEANING[reading]}.`;
}

/** How the model's agreement with people reads, per Landis & Koch band. */
const HOW_WELL: Record<string, string> = {
  poor: 'less than chance would',
  slight: 'barely beyond chance',
  fair: 'only fairly',
  moderate: 'moderately',
  substantial: 'well',
  'almost perfect': 'almost perfectly',
};

/** One code of a calibration in words: too few to say, or how well the model agrees with people. */
export function calibrationSentence(row: {
  codeName: string;
  units: number;
  humanUses: number;
  cohensKappa: number;
  enough: boolean;
}, needed: number): string {
  if (!row.enough) {
    return `Too few units to say for '${row.codeName}' (${row.humanUses}): people used it on ${plural(row.humanUses, 'sampled passage', 'sampled passages')}, and a kappa needs at least ${needed}.`;
  }
  const reading = kappaReading(row.cohensKappa);
  return `The model agrees with you ${HOW_WELL[reading]} on '${row.codeName}' (κ ${row.cohensKappa.toFixed(2)}, ${row.units} units, ${reading}).`;
}

/** The whole calibration in words. */
export function calibrationSummary(units: number, needed: number, enough: boolean, kappa: number): string {
  if (!enough) {
    return `Too few to say: only ${plural(units, 'passage', 'passages')} could be compared; a kappa needs at least ${needed}.`;
  }
  const reading = kappaReading(kappa);
  const band = KAPPA_BANDS.find((b) => b.reading === reading)!;
  return `Over ${plural(units, 'passage', 'passages')} people had judged, the model's blind coding gives kappa ${kappa.toFixed(2)} against theirs: ${reading} agreement (Landis & Koch: ${band.range}).`;
}
