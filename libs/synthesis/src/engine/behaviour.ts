import type { Item } from './items';
import type { Prepared } from './prepare';
import type { BehaviourInput } from './types';

/**
 * Behaviour from product analytics: a participant's frequency per week of each behaviour
 * (`BehaviourInput.perWeek`), from their rendered summary. Among participants with analytics,
 * a behaviour they never did counts as 0 a week; participants without analytics are missing.
 */

/** Tertile cut points and the study mean of one behaviour over participants with analytics. */
export interface BehaviourStat {
  key: string;
  label: string;
  /** Values at or below `c1` are low, at or below `c2` mid, above high (c1 === c2: low / high). */
  c1: number;
  c2: number;
  studyMean: number;
}

/** The participant's frequency of `key`, 0 when they have analytics without it, undefined without analytics. */
export function behaviourValue(p: Prepared, key: string): number | undefined {
  const list = p.input.behaviours;
  if (!list?.length) return undefined;
  return list.find((b) => b.key === key)?.perWeek ?? 0;
}

/** The participant's behaviour of `key`, if they did it. */
export function behaviourOf(p: Prepared, key: string): BehaviourInput | undefined {
  return p.input.behaviours?.find((b) => b.key === key);
}

/** Per behaviour key: cut points and mean over everyone with analytics (keys sorted, so order never matters). */
export function behaviourStats(prepared: Prepared[]): Map<string, BehaviourStat> {
  const labels = new Map<string, string>();
  let withData = 0;
  for (const p of prepared) {
    if (!p.input.behaviours?.length) continue;
    withData++;
    for (const b of p.input.behaviours) if (!labels.has(b.key)) labels.set(b.key, b.label);
  }
  const out = new Map<string, BehaviourStat>();
  if (withData === 0) return out;
  for (const key of [...labels.keys()].sort()) {
    const xs: number[] = [];
    for (const p of prepared) {
      const x = behaviourValue(p, key);
      if (x !== undefined) xs.push(x);
    }
    xs.sort((a, b) => a - b);
    const c1 = xs[Math.floor((xs.length - 1) / 3)];
    const c2 = xs[Math.floor((2 * (xs.length - 1)) / 3)];
    out.set(key, {
      key,
      label: labels.get(key)!,
      c1,
      c2,
      studyMean: xs.reduce((s, x) => s + x, 0) / xs.length,
    });
  }
  return out;
}

/** The tertile of a value: 0 low, 1 mid, 2 high (0 / 1 when the cuts coincide). */
export function behaviourBin(st: BehaviourStat, x: number): number {
  if (st.c1 === st.c2) return x <= st.c1 ? 0 : 1;
  return x <= st.c1 ? 0 : x <= st.c2 ? 1 : 2;
}

/**
 * Whether a value is in the behaviour's top band (what a behaviour trait claims): at or above the
 * upper cut and above the lower one, so a top third that all share the same value still counts.
 */
export function isHighBehaviour(st: BehaviourStat, x: number): boolean {
  return x > 0 && x > st.c1 && x >= st.c2;
}

/**
 * One low / mid / high indicator per behaviour among the segmented participants with analytics
 * (others missing), kept when at least two bands hold `minSupport` people.
 */
export function behaviourItems(prepared: Prepared[], people: number[], minSupport: number): Item[] {
  const items: Item[] = [];
  for (const st of behaviourStats(prepared).values()) {
    const values = Int16Array.from(people, (pi) => {
      const x = behaviourValue(prepared[pi], st.key);
      return x === undefined ? -1 : behaviourBin(st, x);
    });
    const bands = st.c1 === st.c2 ? 2 : 3;
    const sizes = new Int32Array(bands);
    for (const v of values) if (v >= 0) sizes[v]++;
    if ([...sizes].filter((s) => s >= minSupport).length < 2) continue;
    items.push({
      key: `behaviour:${st.key}`,
      label: st.label,
      kind: 'number',
      group: `behaviour:${st.key}`,
      categories: bands === 2 ? ['low', 'high'] : ['low', 'mid', 'high'],
      weight: 1,
      values,
    });
  }
  return items;
}

/** "about 12 times a week", "about once a week", "about 3 times a month", "less than once a month". */
export function timesAWeek(perWeek: number): string {
  if (perWeek >= 1.5) return `about ${Math.round(perWeek)} times a week`;
  if (perWeek >= 0.75) return 'about once a week';
  const perMonth = (perWeek * 30) / 7;
  if (perMonth >= 1.5) return `about ${Math.round(perMonth)} times a month`;
  if (perMonth >= 0.75) return 'about once a month';
  return 'less than once a month';
}

/** A behaviour trait in words: "Opens dashboards about 12 times a week (3.0× the study)" (segment mean against the study's). */
export function behaviourTraitText(label: string, mean: { segment: number; study: number }): string {
  const ratio = mean.segment / mean.study;
  return `${label} ${timesAWeek(mean.segment)} (${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}× the study)`;
}
