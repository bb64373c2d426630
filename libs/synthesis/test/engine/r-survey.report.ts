import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { synthesize } from '../../src/engine/synthesize';
import type {
  AnswerInput,
  ParticipantInput,
  PersonaField,
  TextInput,
} from '../../src/engine/types';
import { describeSegments } from '../../src/engine/words-offline';

// The engine on a real export: the R community survey 2019 (../shared/datasets), every column
// mapped by hand to a persona field (gender opted in for description, ethnicity sensitive).
// Prints the personas; run with
//   npx vitest run --config tests/load/synthesis-engine.vitest.config.mjs r-survey
const FILE = resolve(
  __dirname,
  '../../../../../shared/datasets/survey/r_community_survey_2019_english.csv',
);
type Col = {
  field: PersonaField;
  kind: 'choice' | 'multi' | 'number' | 'text';
  sensitive?: boolean;
  describeOnly?: boolean;
  scale?: [number, number];
};
const B = (kind: Col['kind'] = 'choice'): Col => ({ field: 'BEHAVIOR', kind });
const P = (kind: Col['kind'] = 'choice', scale?: [number, number]): Col => ({
  field: 'PSYCHOGRAPHIC',
  kind,
  scale,
});
const D = (kind: Col['kind'] = 'choice'): Col => ({ field: 'DEMOGRAPHIC', kind });
const COLUMNS: Record<number, Col> = {
  1: B(),
  5: { field: 'MOTIVATION', kind: 'choice' },
  6: { field: 'GOAL', kind: 'multi' },
  7: B('multi'),
  8: { field: 'PAIN_POINT', kind: 'choice' },
  9: D('number'),
  10: B(),
  11: P('number', [1, 5]),
  12: B(),
  13: { field: 'MOTIVATION', kind: 'choice' },
  14: { field: 'PAIN_POINT', kind: 'choice' },
  15: B(),
  16: B('multi'),
  17: P('number', [1, 5]),
  18: P('number', [0, 10]),
  19: B('multi'),
  20: B(),
  21: B(),
  22: { field: 'MOTIVATION', kind: 'text' },
  23: { field: 'PAIN_POINT', kind: 'text' },
  24: B('multi'),
  25: B('multi'),
  26: B('multi'),
  27: P(),
  29: B(),
  30: B('multi'),
  31: P(),
  32: B(),
  33: P(),
  34: B(),
  35: B('multi'),
  36: P('number', [1, 5]),
  37: P('number', [0, 10]),
  38: P(),
  39: B('multi'),
  40: D(),
  41: D('number'),
  42: { field: 'DEMOGRAPHIC', kind: 'choice', sensitive: true, describeOnly: true },
  43: { field: 'DEMOGRAPHIC', kind: 'multi', sensitive: true },
  44: D(),
  45: D(),
  46: D(),
  48: D(),
  49: B('number'),
  50: B('multi'),
};

it('R community survey 2019: needs-based personas', () => {
  const rows = parse(readFileSync(FILE), { bom: true, relax_column_count: true }) as string[][];
  const header = rows[0];
  const participants: ParticipantInput[] = rows.slice(1).map((row, r) => {
    const id = `r${String(r).padStart(4, '0')}`;
    const answers: AnswerInput[] = [];
    const texts: TextInput[] = [];
    for (const [c, col] of Object.entries(COLUMNS).map(([k, v]) => [Number(k), v] as const)) {
      const text = (row[c] ?? '').trim();
      if (!text) continue;
      const source = {
        ref: { type: 'SURVEY_ANSWER' as const, responseId: id, questionId: `c${c}` },
        text,
      };
      const base = {
        questionId: `c${c}`,
        questionTitle: header[c],
        personaField: col.field,
        source,
        ...(col.sensitive && { sensitive: true }),
        ...(col.describeOnly && { describeOnly: true }),
      };
      if (col.kind === 'number') {
        const x = Number.parseFloat(text);
        if (Number.isFinite(x))
          answers.push({
            ...base,
            kind: 'number',
            number: x,
            ...(col.scale && { scale: { min: col.scale[0], max: col.scale[1] } }),
          });
      } else if (col.kind === 'text') {
        answers.push({ ...base, kind: 'text' });
        texts.push({ ...source, kind: 'answer', personaField: col.field });
      } else {
        const labels = col.kind === 'multi' ? text.split(/, (?=[A-Z])/) : [text];
        answers.push({
          ...base,
          kind: 'choice',
          choiceLabels: labels,
          ...(col.kind === 'multi' && { multiple: true }),
        });
      }
    }
    return { id, label: id, answers, texts, codes: [] };
  });
  const t0 = performance.now();
  const result = synthesize({ participants });
  const words = describeSegments(result.segments);
  const out = [
    `\n== R community survey 2019: ${participants.length} respondents, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    `   k ${result.k}   silhouette ${result.quality.silhouette.toFixed(3)}   stability ${result.quality.stability.toFixed(3)} (per segment ${result.diagnostics.segmentStability.map((s) => s.toFixed(2)).join(' ')})   entropy ${result.diagnostics.entropy.toFixed(3)}   coverage ${result.quality.evidenceCoverage.toFixed(2)}`,
    `   ICL by k: ${result.diagnostics.scores.map((s) => `${s.k}:${Math.round(s.icl)}`).join(' ')}`,
    `   warnings: ${result.warnings.join(' | ') || 'none'}`,
  ];
  result.segments.forEach((s, i) => {
    out.push(
      `\n-- ${words[i].name}: ${words[i].tagline}  (${s.memberIds.length}, ${(s.share * 100).toFixed(0)} %${s.small ? ', small' : ''})`,
      `   ${words[i].summary}`,
      `   ${words[i].backstory}`,
    );
    for (const t of s.traits)
      out.push(
        `   [${t.kind}${t.sharedByStudy ? ', shared' : ''}] ${t.text}   ⟨${t.evidence.map((e) => e.quote.slice(0, 60)).join(' | ')}⟩`,
      );
    for (const p of s.profile)
      out.push(
        `   (sensitive, description only) ${p.question}: ${p.values.map((v) => `${v.label} ${(v.share * 100).toFixed(0)} %`).join(', ')}`,
      );
  });
  console.log(out.join('\n'));
  for (const s of result.segments) for (const t of s.traits) expect(t.key).not.toMatch(/c4[23]\b/);
});
