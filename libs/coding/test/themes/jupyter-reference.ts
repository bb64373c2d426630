import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ThemeResult, ThemeUnit } from '../../src/themes';

// CI has ../shared beside the checkout (see ../shared/datasets/README.md).
const FEEDBACK = join(__dirname, '../../../../../shared/datasets/feedback');
export const JUPYTER_SURVEY = join(FEEDBACK, 'jupyter_notebook_ux_survey_2015.csv');
const THEMES_DIR = join(FEEDBACK, 'reference_themes_by_jupyter_team');

/**
 * The nine files of the Jupyter team's coding and the survey question each codes, found by
 * header text. A file lists the rows whose first answer box is filled; the team's keywords show
 * they read all boxes of a "#1/#2/#3" question, so a unit is the boxes joined by line breaks.
 * `roles` codes "What is your primary role…", an open box whose answers are mostly job titles.
 */
export const QUESTIONS = [
  { name: 'hinderances', header: /hinders\s+you/i },
  { name: 'integrations', header: /tightly\s+integrated/i },
  {
    name: 'workflow_needs_addressed',
    header: /needs\s+in\s+your\s+workflow\s+does\s.*address\?/i,
    not: /not\s+address/i,
  },
  { name: 'workflow_needs_not_addressed', header: /not\s+address/i },
  { name: 'pleasant_aspects', header: /pleasant\s+to\s+use/i },
  { name: 'difficult_aspects', header: /difficult\s+to\s+use/i },
  { name: 'features_changes', header: /new\s+features\s+or\s+changes/i },
  { name: 'first_experience_enhancements', header: /initial\s+experience/i },
  { name: 'roles', header: /primary\s+role/i },
] as const;
export type QuestionName = (typeof QUESTIONS)[number]['name'];

/** Tuned on these four; the other five are held out. */
export const TUNING: QuestionName[] = [
  'hinderances',
  'pleasant_aspects',
  'features_changes',
  'workflow_needs_not_addressed',
];

export interface ReferenceQuestion {
  name: QuestionName;
  /** Survey columns (0-based) joined into each unit. */
  columns: number[];
  units: ThemeUnit[];
  /** The team's themes: theme → ids of the units it codes. */
  themes: Map<string, Set<string>>;
}

let rows: string[][] | undefined;

/** Throws (never skips) when the data is missing: the caller's test must fail. */
export function loadQuestion(name: QuestionName): ReferenceQuestion {
  const file = join(THEMES_DIR, name === 'roles' ? 'roles.csv' : `${name}_themes.csv`);
  if (!existsSync(JUPYTER_SURVEY) || !existsSync(file)) {
    throw new Error(
      `The Jupyter survey data is missing (${FEEDBACK}); see ../shared/datasets/README.md.`,
    );
  }
  rows ??= parse(readFileSync(JUPYTER_SURVEY, 'utf8'), {
    relax_column_count: true,
    bom: true,
  }) as string[][];
  const header = rows[0]!;
  const q = QUESTIONS.find((x) => x.name === name)!;
  const columns = header
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => q.header.test(h) && !('not' in q && q.not.test(h)))
    .map(({ i }) => i);
  if (!columns.length) throw new Error(`no column for ${name}`);
  const units: ThemeUnit[] = [];
  const themes = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [index, labels = ''] = line.split(';');
    const row = rows[Number(index) + 1];
    const text = columns
      .map((c) => row?.[c]?.trim() ?? '')
      .filter(Boolean)
      .join('\n');
    if (!text) continue;
    const id = `row-${index}`;
    units.push({ id, text });
    for (const t of new Set(
      labels
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )) {
      let set = themes.get(t);
      if (!set) themes.set(t, (set = new Set()));
      set.add(id);
    }
  }
  return { name, columns, units, themes };
}

/**
 * Maximum-weight one-to-one assignment (Hungarian method, O(n³)) on a rows × cols matrix of
 * scores; returns for each row the column it gets, or -1.
 */
export function hungarianMax(score: number[][]): number[] {
  const nRows = score.length;
  const nCols = score[0]?.length ?? 0;
  const n = Math.max(nRows, nCols);
  if (!nRows || !nCols) return new Array<number>(nRows).fill(-1);
  const max = Math.max(0, ...score.flat());
  // Square cost matrix, 1-based as in the classic formulation (potentials u, v; matching p).
  const cost = (i: number, j: number) =>
    i <= nRows && j <= nCols ? max - score[i - 1]![j - 1]! : max;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(nRows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! <= nRows && j <= nCols) out[p[j]! - 1] = j - 1;
  return out;
}

export interface Match {
  team: string;
  size: number;
  /** The discovered theme it is assigned to, or null. */
  theme: string | null;
  f1: number;
  matched: boolean;
}

export const MIN_TEAM_THEME = 10;
export const MIN_F1 = 0.4;

/**
 * The team's themes with ≥ 10 answers, each assigned one-to-one (Hungarian, maximum total F1) to
 * a discovered theme; matched when the answer-level F1 of the pair is at least 0.4.
 */
export function matchThemes(q: ReferenceQuestion, result: ThemeResult): Match[] {
  const team = [...q.themes]
    .filter(([, s]) => s.size >= MIN_TEAM_THEME)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  const found = result.themes.map((t) => ({
    label: t.label,
    units: new Set(t.members.map((m) => m.unitId)),
  }));
  const f1 = team.map(([, ref]) =>
    found.map(({ units }) => {
      let both = 0;
      for (const id of units) if (ref.has(id)) both++;
      return both ? (2 * both) / (ref.size + units.size) : 0;
    }),
  );
  const assignment = hungarianMax(f1);
  return team.map(([name, ref], i) => {
    const j = assignment[i]!;
    const score = j >= 0 ? f1[i]![j]! : 0;
    return {
      team: name,
      size: ref.size,
      theme: j >= 0 ? found[j]!.label : null,
      f1: score,
      matched: score >= MIN_F1,
    };
  });
}
