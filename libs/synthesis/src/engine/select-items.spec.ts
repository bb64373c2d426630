import { describe, expect, it } from 'vitest';
import type { Item } from './items';
import { createRng } from './rng';
import { MAX_PER_GROUP, MAX_SELECTED, selectItems } from './select-items';

const M = 400;
const rng = createRng(11);
const truth = Array.from({ length: M }, () => rng.int(2));
/** A yes/no item that follows the latent class with probability `signal`, else is random. */
const item = (key: string, group: string, signal: number, answered = 1): Item => ({
  key,
  label: key,
  kind: 'option',
  group,
  categories: ['no', 'yes'],
  weight: 1,
  values: Int16Array.from(truth, (c, i) =>
    i / M >= answered ? -1 : rng.next() < signal ? c : rng.int(2),
  ),
});

describe('selectItems', () => {
  it('drops items answered by under 5 % of participants', () => {
    const kept = selectItems(
      [item('a', 'q1', 0.8), item('b', 'q2', 0.8), item('rare', 'q3', 0.9, 0.03)],
      M,
    );
    expect(kept.map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('keeps at most three options of one question, the most associated with other questions', () => {
    const options = [0.6, 0.1, 0.55, 0.05, 0.5].map((s, j) => item(`q1:${j}`, 'q1', s));
    const kept = selectItems([...options, item('other', 'q2', 0.8)], M);
    expect(kept.filter((i) => i.group === 'q1').map((i) => i.key)).toEqual([
      'q1:0',
      'q1:2',
      'q1:4',
    ]);
    expect(MAX_PER_GROUP).toBe(3);
  });

  it('prefers items that go with other questions over items that vary on their own', () => {
    const signal = Array.from({ length: 20 }, (_, j) => item(`s${j}`, `s${j}`, 0.7));
    const noise = Array.from({ length: 20 }, (_, j) => item(`n${j}`, `n${j}`, 0));
    const kept = selectItems([...noise, ...signal], M);
    expect(kept.map((i) => i.key).sort()).toEqual(signal.map((i) => i.key).sort());
    expect(kept.length).toBeLessThanOrEqual(MAX_SELECTED);
  });

  it('keeps a near-duplicate survey question once, but not interview subjects', () => {
    const a = item('a', 'q1', 0.9);
    const copy: Item = { ...a, key: 'copy', group: 'q2' };
    expect(selectItems([a, copy, item('c', 'q3', 0.6)], M).map((i) => i.key)).toEqual(['a', 'c']);
    const t1: Item = { ...a, key: 't1', group: 'text:TURN:1' };
    const t2: Item = { ...a, key: 't2', group: 'text:TURN:2' };
    expect(selectItems([t1, t2], M).map((i) => i.key)).toEqual(['t1', 't2']);
  });

  it('gives the same items whatever the order they come in', () => {
    const items = Array.from({ length: 30 }, (_, j) => item(`i${j}`, `g${j % 7}`, (j % 5) / 5));
    const keys = (xs: Item[]) =>
      selectItems(xs, M)
        .map((i) => i.key)
        .sort();
    expect(keys([...items].reverse())).toEqual(keys(items));
  });
});
