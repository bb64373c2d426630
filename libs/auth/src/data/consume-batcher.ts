/** What the store answers for one key after adding `n` points: the key's points used in its window. */
export interface Consumed {
  consumedPoints: number;
}

type Waiter<R> = { resolve: (place: Place<R>) => void; reject: (error: unknown) => void };

/** One request's answer: its place in the key's window (1 = first point) and the store's answer for its batch. */
export interface Place<R> {
  place: number;
  result: R;
}

/**
 * Group commit for a rate-limit counter: requests that arrive while the store is busy are counted
 * by one statement per key (`add(key, n)`), then each learns its own place in the window, so the
 * answers are exactly those of one statement per request. A lone request is counted at once.
 */
export class ConsumeBatcher<R extends Consumed = Consumed> {
  private queue = new Map<string, Waiter<R>[]>();
  private flushing = false;

  constructor(
    /** Adds `n` points to the key; resolves or rejects with what the store says was used. */
    private readonly add: (key: string, n: number) => Promise<R>,
    /** Whether an error from `add` is the store's "over the limit" answer (it then carries the count). */
    private readonly isOverLimit: (error: unknown) => error is R,
  ) {}

  /** Counts one point for the key; resolves with the points used up to and including this one. */
  consume(key: string): Promise<Place<R>> {
    return new Promise<Place<R>>((resolve, reject) => {
      const waiters = this.queue.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.queue.set(key, [{ resolve, reject }]);
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.size > 0) {
        const batch = this.queue;
        this.queue = new Map();
        await Promise.all([...batch].map(([key, waiters]) => this.settle(key, waiters)));
      }
    } finally {
      this.flushing = false;
    }
  }

  private async settle(key: string, waiters: Waiter<R>[]): Promise<void> {
    let result: R;
    try {
      result = await this.add(key, waiters.length);
    } catch (error) {
      if (!this.isOverLimit(error)) {
        for (const w of waiters) w.reject(error);
        return;
      }
      result = error;
    }
    // A refusal that counted nothing (a key blocked in memory, without asking the store) refuses all.
    if (!(result.consumedPoints >= waiters.length)) {
      for (const w of waiters) w.resolve({ place: Number.POSITIVE_INFINITY, result });
      return;
    }
    const total = result.consumedPoints;
    // The batch's points are the last `waiters.length` of `total`, in arrival order.
    const before = total - waiters.length;
    waiters.forEach((w, i) => w.resolve({ place: before + i + 1, result }));
  }
}
