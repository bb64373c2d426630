import PgBoss from 'pg-boss';

export interface JobQueueOptions {
  url: string;
  /** Whether this process runs job handlers (ROLE=worker or all). */
  runsWorkers: boolean;
  /** Seconds before a job whose process died is retried. */
  expireSeconds: number;
  log?: (message: string, error?: unknown) => void;
}

/** A connection pg-boss runs its insert on: the caller's transaction when a job must commit with its rows. */
export interface JobDb {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * `signal` aborts a second before pg-boss gives up on the handler (the job's expiry: it is then
 * failed and retried while the handler's promise is left running), so a handler can stop its work.
 */
export type JobHandler<T> = (data: T, meta: { jobId: string; retryCount: number; signal: AbortSignal }) => Promise<void>;

/**
 * Background jobs on pg-boss, in the same PostgreSQL (SKIP LOCKED): any
 * number of worker replicas, no separate broker. A job whose process is
 * killed expires and is retried; handlers must therefore be idempotent.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  /** Queues already switched to the `short` policy in this process (see `send`). */
  private readonly keyed = new Map<string, Promise<void>>();
  /** Queue creations run one at a time: two concurrent `createQueue` calls deadlock in PostgreSQL. */
  private creating: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({ connectionString: options.url, schema: 'pgboss', max: 4, supervise: true, maintenanceIntervalSeconds: 5 });
    this.boss.on('error', (e) => options.log?.('job queue error', e));
  }

  async start(): Promise<void> {
    await this.boss.start();
  }

  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.creating.then(() =>
        this.boss.createQueue(name, { name, retryLimit: 2, retryDelay: 1, expireInSeconds: this.options.expireSeconds }),
      );
      this.creating = created.catch(() => undefined);
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  /**
   * A queue sent to with a `singletonKey` uses pg-boss's `short` policy: at most one *created*
   * job per key, so a second send while the first waits is a no-op (it returns null). Under the
   * default `standard` policy pg-boss ignores the key and every send queued a job — a burst of
   * submissions queued one full quality recomputation each. A running job does not block a new
   * one (`stately` would, but a second replica fetching it then fails on pg-boss's unique index);
   * handlers keyed this way are idempotent and serialise their own writes. Queues created before
   * this are switched once per process.
   */
  private ensureKeyedQueue(name: string): Promise<void> {
    let done = this.keyed.get(name);
    if (!done) {
      done = this.ensureQueue(name).then(() => this.boss.updateQueue(name, { name, policy: 'short' }));
      done.catch(() => this.keyed.delete(name));
      this.keyed.set(name, done);
    }
    return done;
  }

  /**
   * Enqueues a job; `singletonKey` makes a second send of the same key a no-op while the first is
   * waiting (returns null then; see `ensureKeyedQueue`).
   * `db` inserts the job through the caller's connection (its transaction: the job exists only if it
   * commits); `startAfter` delays it.
   */
  async send<T extends object>(
    name: string,
    data: T,
    options: { singletonKey?: string; expireSeconds?: number; startAfter?: Date; db?: JobDb } = {},
  ): Promise<string | null> {
    await (options.singletonKey ? this.ensureKeyedQueue(name) : this.ensureQueue(name));
    return this.boss.send(name, data, {
      singletonKey: options.singletonKey,
      expireInSeconds: options.expireSeconds ?? this.options.expireSeconds,
      retryLimit: 2,
      retryDelay: 1,
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.db ? { db: options.db } : {}),
    });
  }

  /** Creates the queue now (outside any caller's transaction), so a later `send` inside one only inserts the job. */
  async prepare(name: string): Promise<void> {
    await this.ensureQueue(name);
  }

  /** Registers a handler when this process runs workers; otherwise a no-op (an API-only replica). */
  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    if (!this.options.runsWorkers) return;
    await this.ensureQueue(name);
    await this.boss.work<T>(name, { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true }, async ([job]) => {
      const expiry = new AbortController();
      const timer = setTimeout(() => expiry.abort('expired'), Math.max(1, job.expireInSeconds - 1) * 1000);
      try {
        await handler(job.data, { jobId: job.id, retryCount: job.retryCount, signal: expiry.signal });
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /**
   * Runs `handler` once per `cron` period (pg-boss cron: at most once a minute, UTC) for the whole
   * deployment, however many replicas call this: the schedule is one row in the `pgboss` schema and
   * each period's job is taken by one worker. Replicas without workers only keep the schedule.
   */
  async schedule(name: string, cron: string, handler: () => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    await this.work(name, () => handler());
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
