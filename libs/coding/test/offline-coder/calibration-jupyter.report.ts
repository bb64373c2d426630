import { describe, expect, it } from 'vitest';
import { MIN_SHARED_UNITS } from '../../src/agreement';
import { calibrationFigures, heldOutExamples, sampleCalibrationUnits } from '../../src/calibration';
import { suggestCodes } from '../../src/offline-coder';
import { loadJupyterHinders } from './jupyter-reference';

// A calibration run of the offline coder on real data: the Jupyter team's own themes of the 2015
// UX survey's "what hinders you" answers are the human coding. Same sampling, held-out examples
// and kappa as CalibrationService. Run: npx vitest run --config tests/load/coder-calibration.vitest.config.mjs
const SIZE = Number(process.env.CALIBRATION_SIZE ?? 100);
const SEED = Number(process.env.CALIBRATION_SEED ?? 1);

describe('offline coder calibration on the Jupyter team coding', () => {
  it('prints kappa per code', async () => {
    const corpus = loadJupyterHinders();
    const sample = sampleCalibrationUnits(
      corpus.units.map((u) => ({ id: u.id, codes: u.codes })),
      SIZE,
      SEED,
    );
    const sampled = new Set(sample.map((u) => u.id));
    const examples = heldOutExamples(
      corpus.units.flatMap((u) => u.codes.map((c) => ({ unitId: u.id, codeId: c, text: u.text }))),
      sampled,
    );
    const textOf = new Map(corpus.units.map((u) => [u.id, u.text]));
    const suggestions = await suggestCodes(
      corpus.codes.map((c) => ({
        ...c,
        category: c.category ?? 'OTHER',
        examples: examples.get(c.id) ?? [],
      })),
      sample.map((u) => ({ id: u.id, text: textOf.get(u.id)! })),
    );
    const figures = calibrationFigures(
      sample.map((u) => ({
        id: u.id,
        human: u.codes,
        coder: [...new Set(suggestions.filter((s) => s.unitId === u.id).map((s) => s.codeId))],
      })),
      corpus.codes.map((c) => ({ id: c.id, name: c.name })),
    );
    const pct = (x: number | null) =>
      x === null ? '    —' : `${(x * 100).toFixed(0).padStart(4)}%`;
    const lines = [
      '',
      `== Offline coder calibration, Jupyter "hinders" answers (${corpus.units.length} coded by the Jupyter team; sample ${figures.units}, seed ${SEED})`,
      `   overall kappa ${figures.cohensKappa.toFixed(2)}, agreement ${pct(figures.observed)} of (unit × code) decisions`,
      `   ${'code'.padEnd(34)} kappa  human  coder  agree   prec    rec`,
      ...[...figures.perCode]
        .sort((a, b) => b.humanUses - a.humanUses)
        .map(
          (c) =>
            `   ${c.codeName.slice(0, 34).padEnd(34)} ${c.enough ? c.cohensKappa.toFixed(2).padStart(5) : ' few '}  ${String(c.humanUses).padStart(5)}  ${String(c.coderUses).padStart(5)}  ${pct(c.observed)} ${pct(c.precision)} ${pct(c.recall)}`,
        ),
      `   ("few": the team used the code on fewer than ${MIN_SHARED_UNITS} sampled answers)`,
    ];
    console.log(lines.join('\n'));
    expect(Number.isFinite(figures.cohensKappa)).toBe(true);
  });
});
