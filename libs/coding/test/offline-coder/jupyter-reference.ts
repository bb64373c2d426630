import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LabelledCorpus } from './measure';

// CI has ../shared beside the checkout (see ../shared/datasets/README.md).
const FEEDBACK = join(__dirname, '../../../../../shared/datasets/feedback');
export const JUPYTER_SURVEY = join(FEEDBACK, 'jupyter_notebook_ux_survey_2015.csv');
export const JUPYTER_HINDERS_THEMES = join(
  FEEDBACK,
  'reference_themes_by_jupyter_team/hinderances_themes.csv',
);

/**
 * The Jupyter 2015 UX survey's answers to "What, if anything, hinders you from
 * making Jupyter Notebook an even more regular part of your workflow?",
 * labelled with the Jupyter team's own themes. The themes file is
 * `;`-separated: the 0-based data-row index, the comma-joined themes, then the
 * team's keywords (not used: the coder gets theme names and examples only).
 * Codes are the theme names, without descriptions, in order of first use.
 * Throws when the files are missing: the report needs them, it never skips.
 */
export function loadJupyterHinders(
  surveyPath = JUPYTER_SURVEY,
  themesPath = JUPYTER_HINDERS_THEMES,
): LabelledCorpus {
  if (!existsSync(surveyPath) || !existsSync(themesPath)) {
    throw new Error(
      `The Jupyter survey data is missing (${FEEDBACK}); see ../shared/datasets/README.md.`,
    );
  }
  const rows: string[][] = parse(readFileSync(surveyPath, 'utf8'), {
    relax_column_count: true,
    bom: true,
  });
  const column = rows[0]!.findIndex((h) => /hinders/i.test(h));
  if (column < 0) throw new Error('no "hinders" column in the Jupyter survey');
  const codeIds: string[] = [];
  const units: LabelledCorpus['units'] = [];
  for (const line of readFileSync(themesPath, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [index, themes = ''] = line.split(';');
    const text = rows[Number(index) + 1]?.[column]?.trim();
    if (!text) continue;
    const codes = [
      ...new Set(
        themes
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    for (const c of codes) if (!codeIds.includes(c)) codeIds.push(c);
    units.push({ id: `row-${index}`, text, codes });
  }
  return {
    codes: codeIds.map((id) => ({ id, name: id, description: null, category: 'hinders' })),
    units,
  };
}
