import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME_PARAMS, discoverThemesWith, type ThemeParams } from '../../src/themes';
import {
  loadQuestion,
  matchThemes,
  MIN_F1,
  MIN_TEAM_THEME,
  QUESTIONS,
  TUNING,
  type Match,
  type QuestionName,
} from './jupyter-reference';

// Prints how many of the Jupyter team's themes the offline theme discovery finds; run through
// `node tests/load/themes-quality.mjs` (not part of npm test). THEMES_SWEEP=1 also prints a
// parameter sweep over the four tuning questions only (how DEFAULT_THEME_PARAMS was chosen).

async function score(name: QuestionName, params: ThemeParams) {
  const q = loadQuestion(name);
  const started = performance.now();
  const result = await discoverThemesWith(q.units, {}, params);
  return {
    q,
    result,
    matches: matchThemes(q, result),
    seconds: (performance.now() - started) / 1000,
  };
}

const sum = (ms: Match[][]) => ({
  matched: ms.flat().filter((m) => m.matched).length,
  total: ms.flat().length,
});
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)} %` : '—');

describe('theme discovery vs the Jupyter team (reference report)', () => {
  it.skipIf(process.env.THEMES_SWEEP === '1')(
    'per question, tuned and held out',
    async () => {
      const lines = [
        '',
        `== Team themes with >= ${MIN_TEAM_THEME} answers matched by a discovered theme (answer-level F1 >= ${MIN_F1}, Hungarian one-to-one)`,
        `   params: ${JSON.stringify(DEFAULT_THEME_PARAMS)}`,
        '',
      ];
      const bySet: Record<'tuned' | 'held-out', Match[][]> = { tuned: [], 'held-out': [] };
      for (const { name } of QUESTIONS) {
        const { q, result, matches, seconds } = await score(name, DEFAULT_THEME_PARAMS);
        const set = TUNING.includes(name) ? 'tuned' : 'held-out';
        bySet[set].push(matches);
        const s = sum([matches]);
        lines.push(
          `-- ${name} (${set}; columns ${q.columns.join('/')}; ${q.units.length} answers, ${result.sentenceCount} sentences, ` +
            `${result.themes.length} themes, ${result.unassigned} unassigned; ${seconds.toFixed(1)} s): ` +
            `${s.matched}/${s.total} matched (${pct(s.matched, s.total)})`,
        );
        if (result.message) lines.push(`   message: ${result.message}`);
        for (const m of matches) {
          lines.push(
            `   ${m.matched ? '✓' : ' '} ${m.team.padEnd(22)} ${String(m.size).padStart(4)}  F1 ${m.f1.toFixed(2)}  ↔ ${m.theme ?? '—'}`,
          );
        }
        lines.push(
          `   discovered: ${result.themes.map((t) => `${t.label} (${t.unitCount})`).join(' | ')}`,
        );
        for (const m of matches) expect(Number.isFinite(m.f1)).toBe(true);
      }
      const tuned = sum(bySet.tuned);
      const held = sum(bySet['held-out']);
      const all = sum([...bySet.tuned, ...bySet['held-out']]);
      lines.push(
        '',
        `TUNED    (${TUNING.join(', ')}): ${tuned.matched}/${tuned.total} (${pct(tuned.matched, tuned.total)})`,
        `HELD OUT (the other five): ${held.matched}/${held.total} (${pct(held.matched, held.total)})`,
        `OVERALL: ${all.matched}/${all.total} (${pct(all.matched, all.total)})`,
      );
      console.log(lines.join('\n'));
    },
    3_600_000,
  );

  it.runIf(process.env.THEMES_SWEEP === '1')(
    'parameter sweep on the tuning questions',
    async () => {
      // THEMES_SWEEP_GRID='{"cutDistance":[0.8,0.9]}' overrides the default grid, knob by knob.
      const axes: Record<string, number[]> = {
        cutDistance: [0.7, 0.8, 0.9],
        assignSimilarity: [0.15, 0.25, 0.35],
        minShare: [0.005, 0.01],
        ...JSON.parse(process.env.THEMES_SWEEP_GRID ?? '{}'),
      };
      let grid: ThemeParams[] = [DEFAULT_THEME_PARAMS];
      for (const [knob, values] of Object.entries(axes))
        grid = grid.flatMap((p) => values.map((v) => ({ ...p, [knob]: v })));
      for (const p of grid) {
        const per: string[] = [];
        const ms: Match[][] = [];
        for (const name of TUNING) {
          const { matches } = await score(name, p);
          ms.push(matches);
          per.push(`${matches.filter((m) => m.matched).length}/${matches.length}`);
        }
        const s = sum(ms);
        console.log(`SWEEP ${JSON.stringify(p)}: ${s.matched}/${s.total}  [${per.join(' ')}]`);
      }
    },
    3_600_000,
  );
});
