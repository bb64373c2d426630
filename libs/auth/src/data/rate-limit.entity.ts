import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A rate-limit counter shared by every replica, in rate-limiter-flexible's `RateLimiterPostgres`
 * layout: `key` is `<limit>:<hashed key>`, `expire` the end of its window in epoch milliseconds.
 */
@Entity('rate_limit')
export class RateLimitEntity {
  @PrimaryColumn({ name: 'key', type: 'varchar', length: 255 })
  key!: string;

  @Column({ name: 'points', type: 'integer', default: 0 })
  points!: number;

  @Column({ name: 'expire', type: 'bigint', nullable: true })
  expire!: string | null;
}
