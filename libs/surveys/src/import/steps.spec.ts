import { describe, expect, it } from 'vitest';
import { buildColumnSteps, type ColumnSpec } from './build-column';
import { inferColumn, inferColumnSteps } from './infer-column';
import { splitChoices } from './split-choices';
import { ITEMS_PER_STEP, Slicer, runToEnd } from './steps';

// A large choice column: each row picks some of 30 choices and adds a rare one of its own.
const choices = Array.from({ length: 30 }, (_, k) => `c${k}`);
const cells = Array.from({ length: 5 * ITEMS_PER_STEP }, (_, r) =>
  [...choices.filter((_, k) => (r * 7 + k * 13) % 5 < 3), `r${r}`].join(';'),
);

/** Runs `work`, counting the turns the event loop took meanwhile. */
async function countingTurns<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const result = await work();
    return { result, turns };
  } finally {
    running = false;
  }
}

describe('cooperative steps', () => {
  it('a sliced inference gives what the one-go inference gives, and lets the event loop run between slices', async () => {
    // A slice of 0 ms pauses at every step: each pause is one turn of the event loop.
    const { result: sliced, turns } = await countingTurns(() =>
      new Slicer(0).run(inferColumnSteps('Which apply? (check all that apply)', cells)),
    );

    const whole = inferColumn('Which apply? (check all that apply)', cells);
    expect(sliced.type).toBe('MULTIPLE_CHOICE');
    expect(sliced.delimiter).toBe(whole.delimiter);
    expect([...sliced.split!.counts]).toEqual([...whole.split!.counts]);
    expect(sliced.split!.cells).toEqual(whole.split!.cells);
    // Two passes over 10,000 cells, a step per 2,000: at least 8 pauses.
    expect(turns).toBeGreaterThanOrEqual(8);
  });

  it("a choice-list column is built in slices, from the inference's split when there is one, with the answers a fresh split gives", async () => {
    const header = 'Which apply? (check all that apply)';
    const rows = cells.map((_, i) => i + 2);
    const inferred = inferColumn(header, cells);
    const spec: ColumnSpec = {
      header,
      name: 'Column 1',
      type: 'MULTIPLE_CHOICE',
      forced: false,
      delimiter: inferred.delimiter,
    };
    // A forced column (no inference) is split here; a slice of 0 ms pauses at every step.
    const { result: fresh, turns } = await countingTurns(() =>
      new Slicer(0).run(buildColumnSteps({ ...spec, forced: true }, cells, rows)),
    );
    // A split pass and the answers pass over 10,000 cells, a step per 2,000: at least 8 pauses.
    expect(turns).toBeGreaterThanOrEqual(8);
    // The forced column keeps every choice, rare ones included.
    expect(fresh.fields.options).toHaveLength(30 + cells.length);

    // An inferred column reuses the inference's split: a split that differs from the cells shows it was used.
    const reused = runToEnd(buildColumnSteps({ ...spec, split: inferred.split }, cells, rows));
    const again = runToEnd(buildColumnSteps(spec, cells, rows));
    expect(reused).toEqual(again);
    const marked = { ...inferred.split!, cells: inferred.split!.cells.map(() => ['c0']) };
    const fromMarked = runToEnd(buildColumnSteps({ ...spec, split: marked }, cells, rows));
    expect(new Set(fromMarked.values.map((v) => JSON.stringify(v)))).toEqual(
      new Set([JSON.stringify(['o1'])]),
    );
    // A split made with another delimiter is not reused.
    const other = runToEnd(
      buildColumnSteps({ ...spec, forced: true, delimiter: ', ', split: marked }, cells, rows),
    );
    expect(other.values.some((v) => JSON.stringify(v) !== JSON.stringify(['o1']))).toBe(true);
  });

  it('runToEnd never pauses: the plain splitter gives its answer synchronously', () => {
    const split = splitChoices(['a;b', 'a;c', 'b;c'], ';');
    expect(split.cells).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    function* counted() {
      yield;
      yield;
      return 3;
    }
    expect(runToEnd(counted())).toBe(3);
  });
});
