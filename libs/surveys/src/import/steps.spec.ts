import { describe, expect, it } from 'vitest';
import { inferColumn, inferColumnSteps } from './infer-column';
import { splitChoices } from './split-choices';
import { ITEMS_PER_STEP, Slicer, runToEnd } from './steps';

// A large choice column: each row picks some of 30 choices and adds a rare one of its own.
const choices = Array.from({ length: 30 }, (_, k) => `c${k}`);
const cells = Array.from({ length: 5 * ITEMS_PER_STEP }, (_, r) =>
  [...choices.filter((_, k) => (r * 7 + k * 13) % 5 < 3), `r${r}`].join(';'),
);

describe('cooperative steps', () => {
  it('a sliced inference gives what the one-go inference gives, and lets the event loop run between slices', async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    // A slice of 0 ms pauses at every step: each pause is one turn of the event loop.
    const sliced = await new Slicer(0).run(inferColumnSteps('Which apply? (check all that apply)', cells));
    running = false;

    const whole = inferColumn('Which apply? (check all that apply)', cells);
    expect(sliced.type).toBe('MULTIPLE_CHOICE');
    expect(sliced.delimiter).toBe(whole.delimiter);
    expect([...sliced.split!.counts]).toEqual([...whole.split!.counts]);
    expect(sliced.split!.cells).toEqual(whole.split!.cells);
    // Two passes over 10,000 cells, a step per 2,000: at least 8 pauses.
    expect(turns).toBeGreaterThanOrEqual(8);
  });

  it('runToEnd never pauses: the plain splitter gives its answer synchronously', () => {
    const split = splitChoices(['a;b', 'a;c', 'b;c'], ';');
    expect(split.cells).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
    function* counted() {
      yield;
      yield;
      return 3;
    }
    expect(runToEnd(counted())).toBe(3);
  });
});
