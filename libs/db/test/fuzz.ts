import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before a timed round keeps garbage left by the previous one out of it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** A full garbage collection now, so a measurement does not pay for the garbage of the one before. */
export const collectGarbage = (): void => collect();

/**
 * Helpers for the parser fuzz suites: generated pathological inputs (long runs of one
 * character or token inside a valid-looking frame) and a growth check that catches
 * superlinear work without asserting wall-clock times. A linear parser takes about 4× as
 * long on an input 4× as big; a quadratic one about 16×.
 */

/** A generated hostile input: `make(n)` builds about n characters of it. */
export interface HostileShape {
  /** Readable description, printed when a property fails. */
  label: string;
  make(n: number): string;
}

/**
 * Hostile inputs: a frame (what a valid file starts with), then a long run of one unit
 * or of two units alternating, then an ending (often nothing: an unterminated run).
 *
 * @param units - tokens worth repeating (spaces, `<v`, quotes, commas, digits...)
 * @param frames - valid-looking starts, e.g. a WEBVTT header and a cue timing
 * @param endings - what may follow the run
 */
export function hostileShapes(
  units: readonly string[],
  frames: readonly string[] = [''],
  endings: readonly string[] = ['', '\n'],
): fc.Arbitrary<HostileShape> {
  return fc
    .record({
      frame: fc.constantFrom(...frames),
      a: fc.constantFrom(...units),
      b: fc.option(fc.constantFrom(...units), { nil: undefined }),
      end: fc.constantFrom(...endings),
    })
    .map(({ frame, a, b, end }) => {
      const unit = b === undefined ? a : a + b;
      return {
        label: `${JSON.stringify(frame.slice(0, 40))} + (${JSON.stringify(unit)})×k + ${JSON.stringify(end)}`,
        make: (n: number) => frame + unit.repeat(Math.max(1, Math.ceil(n / unit.length))) + end,
      };
    });
}

/** Every frame followed by a run of every single unit, unterminated: the screen run on each parser. */
export function everyRun(
  units: readonly string[],
  frames: readonly string[] = [''],
): HostileShape[] {
  return frames.flatMap((frame) =>
    units.map((unit) => ({
      label: `${JSON.stringify(frame.slice(0, 40))} + (${JSON.stringify(unit)})×k`,
      make: (n: number) => frame + unit.repeat(Math.max(1, Math.ceil(n / unit.length))),
    })),
  );
}

/** Keeps the worst growth seen per parser, for the suite's printed summary. */
export class GrowthLog {
  private readonly worst = new Map<string, Growth & { label: string; n: number; next?: Growth }>();
  note(parser: string, label: string, n: number, g: Growth & { next?: Growth }): void {
    const seen = this.worst.get(parser);
    if (!seen || g.ratio > seen.ratio) this.worst.set(parser, { ...g, label, n });
  }
  summary(): string {
    return [...this.worst]
      .map(
        ([parser, g]) =>
          `${parser}: worst n→4n ${g.ratio.toFixed(1)}× at n=${g.n} (${g.smallMs.toFixed(2)} → ${g.largeMs.toFixed(2)} ms)${g.next ? `, then 4n→16n ${g.next.ratio.toFixed(1)}×` : ''} on ${g.label}`,
      )
      .join('\n');
  }
}

/** Runs `parse` and returns normally when it succeeds or throws one of the `allowed` error types. */
export async function parseOrRefuse(
  parse: Run,
  input: string,
  allowed: readonly (abstract new (...args: any[]) => Error)[],
): Promise<'parsed' | 'refused'> {
  try {
    await parse(input);
    return 'parsed';
  } catch (error) {
    if (allowed.some((type) => error instanceof type)) return 'refused';
    throw error;
  }
}

/** CPU milliseconds of this process (user + system): unlike wall time, other processes on a busy machine do not count. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** What a fuzz suite measures: a parser, sync or async (an async one is awaited). */
export type Run = (input: string) => unknown;

const timeOnce = async (run: () => unknown, reps: number, gc: boolean) => {
  if (gc) collect();
  const started = cpuMs();
  for (let r = 0; r < reps; r++) await run();
  return cpuMs() - started;
};

/** How hard {@link growth} measures: interleaved rounds, and the least time of one small round. */
export interface GrowthOptions {
  rounds?: number;
  minMs?: number;
  /** A full garbage collection before each round (slower; used when a reading is taken again). */
  gc?: boolean;
}

/** How the time of a parser grows from an input of size n to one of 4n. */
export interface Growth {
  /** Time on the 4n input divided by time on the n input (best of several interleaved rounds). */
  ratio: number;
  smallMs: number;
  largeMs: number;
}

/**
 * Measures `run` on `make(n)` and `make(4n)`: both are warmed up, then timed in interleaved
 * rounds of CPU time (the smaller one repeated until it takes a few milliseconds) and the fastest round of
 * each is kept, so a pause of the machine or the garbage collector does not read as growth.
 * A ratio near 4 is linear, near 16 quadratic.
 */
export async function growth(
  make: (n: number) => string,
  run: Run,
  n: number,
  { rounds = 5, minMs = 5, gc = false }: GrowthOptions = {},
): Promise<Growth> {
  const small = make(n);
  const large = make(4 * n);
  const once = (input: string) => () => run(input);
  await once(small)();
  await once(large)();
  // Repeat so the small run takes at least minMs, keeping timer resolution out of the ratio.
  const probe = Math.max(await timeOnce(once(small), 1, false), 0.02);
  const reps = Math.min(100, Math.max(1, Math.ceil(minMs / probe)));
  let best = { small: Infinity, large: Infinity };
  for (let r = 0; r < rounds; r++) {
    best = {
      small: Math.min(best.small, await timeOnce(once(small), reps, gc)),
      large: Math.min(best.large, await timeOnce(once(large), reps, gc)),
    };
  }
  return { ratio: best.large / best.small, smallMs: best.small / reps, largeMs: best.large / reps };
}

/**
 * The growth ratio above which a parser counts as superlinear: between linear (4, plus noise
 * and n·log n) and quadratic (16).
 */
export const MAX_GROWTH = 12;

/**
 * True when `run` grows at most {@link MAX_GROWTH}× from n to 4n. A reading above the bound is
 * taken again, up to three readings in all, each with more rounds: a busy machine or a garbage
 * collection can spoil one reading, but a quadratic parser reads ~16× every time.
 *
 * When all three read above the bound, the next step (4n → 16n) is read too, and one linear step
 * of the two passes: a quadratic parser grows ~16× at every step, while the runtime has one-off
 * steps of its own. V8 allocates arrays over 128 KB in large-object space, so `split` of 16k lines
 * costs 0.1 ms and of 64k lines 4 ms, and 256k lines 16 ms (measured on Node 20). Returns the
 * best n → 4n reading, with the next step's when it was read.
 */
export async function linearEnough(
  make: (n: number) => string,
  run: Run,
  n: number,
  options: GrowthOptions = {},
): Promise<Growth & { ok: boolean; next?: Growth }> {
  let best = await growth(make, run, n, options);
  for (let attempt = 1; attempt < 3 && best.ratio > MAX_GROWTH; attempt++) {
    const again = await growth(make, run, n, {
      rounds: 5 + 2 * attempt,
      minMs: 10 * attempt,
      gc: true,
    });
    if (again.ratio < best.ratio) best = again;
  }
  if (best.ratio <= MAX_GROWTH) return { ...best, ok: true };
  const next = await growth(make, run, 4 * n, { rounds: 5, minMs: 10, gc: true });
  return { ...best, next, ok: next.ratio <= MAX_GROWTH };
}
