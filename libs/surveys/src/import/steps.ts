/**
 * Cooperative steps for the import's long loops: a function written as a generator yields now
 * and then; `runToEnd` runs it in one go (specs, small inputs), a `Slicer` runs it in slices of
 * at most a few milliseconds with the event loop free between them, so a large upload never
 * holds up other requests. One implementation, two ways to drive it.
 */
export type Steps<T> = Generator<void, T, void>;

/** Cells (or rows) a loop handles between two yields: a millisecond or so of work. */
export const ITEMS_PER_STEP = 2_000;

/** Runs the steps without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Drives steps in slices of at most `sliceMs` of work, yielding to the event loop between slices. */
export class Slicer {
  private started = performance.now();

  constructor(private readonly sliceMs = 20) {}

  /** Lets the event loop run if this slice has used its time. */
  async pause(): Promise<void> {
    if (performance.now() - this.started < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }

  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await this.pause();
    }
  }
}
