import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSurveyCsv, previewSurveyCsv } from '../import';
import { computeQualityFlags } from './detectors';
import { QUALITY_REASONS, type QualityReason } from './types';

// The real R community survey 2019 export beside the checkout: fails, not skips, when missing.
const R_SURVEY = join(__dirname, '../../../../../shared/datasets/survey/r_community_survey_2019_english.csv');

describe('the R community survey 2019, imported with defaults', () => {
  it('proposes its attention check with "eight", and flags the responses that fail it', async () => {
    const csv = readFileSync(R_SURVEY, 'utf8');
    const preview = await previewSurveyCsv(csv);
    const column = preview.columns.find((c) => c.attentionCheck);
    expect(column?.header).toContain('the number of characters in the word "analysis"');
    expect(column?.attentionCheck).toEqual({ expected: ['eight'] });
    expect(preview.columns.filter((c) => c.attentionCheck)).toHaveLength(1);
    expect(preview.warnings.some((w) => w.includes('reads like an attention check') && w.includes('"eight"'))).toBe(true);

    const result = await importSurveyCsv(csv);
    const check = result.definition.questions.find((q) => q.attentionCheck);
    expect(check?.attentionCheck).toEqual({ expected: ['eight'] });
    const flags = computeQualityFlags(
      result.definition.questions,
      result.responses.map((r, i) => ({ id: `r${i}`, complete: true, answers: r.answers, durationSeconds: null })),
    );
    const counts = Object.fromEntries(QUALITY_REASONS.map((r) => [r, 0])) as Record<QualityReason, number>;
    for (const list of flags.values()) for (const f of list) counts[f.reason]++;
    // 1,838 rows, 31 blank: eight/Eight/EIGHT 1,613, "8" 94, quoted or with a full stop 6 pass
    // (1,713); the other 94 answers ("seven", "analysis", "ocho", "eigth", ...) fail.
    expect(counts.FAILED_ATTENTION_CHECK).toBe(1838 - 31 - 1713);
    // Free-text duplicates only (the text columns that are really choices repeat by design).
    expect(counts.DUPLICATE_TEXT).toBeLessThan(40);
    // An export has no start times: nobody is a speeder.
    expect(counts.SPEEDING).toBe(0);
  }, 60_000);
});
