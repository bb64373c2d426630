/**
 * Group commit: many concurrent callers each ask for one small write; the
 * writes that arrive while the database is busy are sent together as one
 * statement (one round trip, one commit) and every caller gets its own
 * result only after that statement has committed.
 *
 * - A batch starts as soon as fewer than `maxInFlight` batches are running;
 *   under load the queue fills while the database works, so batches grow by
 *   themselves and an idle system adds no delay.
 * - Two items with the same `key` are never in flight together (a multi-row
 *   `INSERT … ON CONFLICT DO UPDATE` may not touch one row twice, and two
 *   batches racing on one key could deadlock): the later one waits for the
 *   next batch, so it sees the earlier one's row.
 * - If a batch fails as a whole, each of its items is retried alone, so one
 *   bad item fails only its own caller.
 */
export interface GroupCommitOptions<T, R> {
  /** Writes a batch; returns one result per item, in the same order. */
  writeBatch: (items: T[]) => Promise<R[]>;
  /** Items with the same key are never written in the same or concurrent batches. */
  key: (item: T) => string;
  maxBatch?: number;
  maxInFlight?: number;
}

interface Pending<T, R> {
  item: T;
  key: string;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export class GroupCommit<T, R> {
  private readonly queue: Pending<T, R>[] = [];
  private readonly busyKeys = new Set<string>();
  private inFlight = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(private readonly options: GroupCommitOptions<T, R>) {
    this.maxBatch = options.maxBatch ?? 200;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  /** Resolves with the item's result once its batch has committed. */
  write(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, key: this.options.key(item), resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting or being written (for tests and metrics). */
  get size(): number {
    return this.queue.length + this.busyKeys.size;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // Let the requests that arrived in the same turn of the event loop join this batch.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch: Pending<T, R>[] = [];
      const keys = new Set<string>();
      const rest: Pending<T, R>[] = [];
      for (const p of this.queue) {
        if (batch.length < this.maxBatch && !keys.has(p.key) && !this.busyKeys.has(p.key)) {
          batch.push(p);
          keys.add(p.key);
        } else rest.push(p);
      }
      if (batch.length === 0) return; // everything waits for a key in flight; its batch will flush again
      this.queue.splice(0, this.queue.length, ...rest);
      for (const k of keys) this.busyKeys.add(k);
      this.inFlight++;
      void this.run(batch).finally(() => {
        for (const k of keys) this.busyKeys.delete(k);
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async writeChecked(items: T[]): Promise<R[]> {
    const results = await this.options.writeBatch(items);
    if (results.length !== items.length) throw new Error(`writeBatch returned ${results.length} results for ${items.length} items`);
    return results;
  }

  private async run(batch: Pending<T, R>[]): Promise<void> {
    try {
      const results = await this.writeChecked(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // Find the item that broke the batch: every item alone, each caller gets its own outcome.
      await Promise.all(
        batch.map(async (p) => {
          try {
            const [r] = await this.writeChecked([p.item]);
            p.resolve(r);
          } catch (e) {
            p.reject(e);
          }
        }),
      );
    }
  }
}
