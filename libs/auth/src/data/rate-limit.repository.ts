import { createHash } from 'node:crypto';
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { ConsumeBatcher } from './consume-batcher';

/** One limit: at most `points` per `duration` seconds for each key. */
export interface LimitOptions {
  /** Names the limit; keys of different limits never meet. */
  name: string;
  points: number;
  duration: number;
  /**
   * Once a key has used this many points (at least `points`), this replica refuses it from memory
   * until its window ends, without asking the database (for limits on hot paths).
   */
  inMemoryBlockOnConsumed?: number;
}

/** A limit shared by every replica: a counter per key in the `rate_limit` table. */
export class SharedLimit {
  // Requests that arrive while the table is busy are counted by one statement per key (group commit).
  private readonly batcher: ConsumeBatcher<RateLimiterRes>;

  constructor(
    private readonly limiter: RateLimiterPostgres,
    readonly name: string,
    readonly points: number,
  ) {
    this.batcher = new ConsumeBatcher((key, n) => this.limiter.consume(key, n), isLimitReached);
  }

  /**
   * Takes `points` from the key; resolves with what is left, or rejects with a {@link RateLimiterRes}
   * when over the limit. Single points are grouped with concurrent ones into one statement, with
   * the same answers as one statement each.
   */
  async consume(key: string, points = 1): Promise<RateLimiterRes> {
    if (points !== 1) return this.limiter.consume(hashKey(key), points);
    const { place, result } = await this.batcher.consume(hashKey(key));
    const res = new RateLimiterRes(
      Math.max(0, this.points - place),
      result.msBeforeNext,
      place,
      place === 1 && result.isFirstInDuration,
    );
    if (place > this.points) throw res;
    return res;
  }

  /** The key's counter, or null when it has none in the current window. */
  get(key: string): Promise<RateLimiterRes | null> {
    return this.limiter.get(hashKey(key));
  }

  /** Gives points back (an attempt that turned out fine). */
  async reward(key: string, points = 1): Promise<void> {
    await this.limiter.reward(hashKey(key), points);
  }

  /** Refuses the key for `seconds`, whatever its counter says. */
  async block(key: string, seconds: number): Promise<void> {
    await this.limiter.block(hashKey(key), seconds);
  }

  /** Forgets the key's counter. */
  async delete(key: string): Promise<void> {
    await this.limiter.delete(hashKey(key));
  }
}

/** Keys may hold emails (up to 254 characters, and personal): the table keeps a fixed-size hash. */
const hashKey = (key: string) => createHash('sha256').update(key).digest('base64url');

/** Whether an error from a limit means "over the limit" (the database failing is another matter). */
export const isLimitReached = (error: unknown): error is RateLimiterRes =>
  error instanceof RateLimiterRes;

const SWEEP_MS = 5 * 60_000;

/**
 * The `rate_limit` table, through rate-limiter-flexible's `RateLimiterPostgres` on the app's pool:
 * every replica counts in the same rows, so N replicas allow what one allows. The migration creates
 * the table (the library never does); this replica deletes counters that ended over an hour ago.
 */
@Injectable()
export class RateLimitRepository implements OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;
  // The library's own sweep (typed only in its JavaScript): deletes rows whose window ended before `expire`.
  private readonly limiters: (RateLimiterPostgres & {
    clearExpired(expire: number): Promise<void>;
  })[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A limit counted in the shared table. */
  limit(options: LimitOptions): SharedLimit {
    const limiter = new RateLimiterPostgres({
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: options.name,
      points: options.points,
      duration: options.duration,
      inMemoryBlockOnConsumed: options.inMemoryBlockOnConsumed,
    });
    this.limiters.push(limiter as (typeof this.limiters)[number]);
    return new SharedLimit(limiter, options.name, options.points);
  }

  onModuleInit(): void {
    this.sweeper = setInterval(
      () => void this.limiters[0]?.clearExpired(Date.now() - 3_600_000),
      SWEEP_MS,
    );
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
