import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config';

/** One secret per test process: replicas started by one test share it, nothing is written. */
let testSecret: string | undefined;

/**
 * The secret participant links are signed with: `LINK_SECRET` when set; else one generated on
 * first start and kept in `DATA_DIR/link-secret` (mode 0600), so links survive restarts. Replicas
 * that do not share a DATA_DIR must all be given the same `LINK_SECRET`.
 */
export function linkSecret(
  config: Pick<AppConfig, 'LINK_SECRET' | 'NODE_ENV' | 'dataDir'>,
): string {
  if (config.LINK_SECRET) return config.LINK_SECRET;
  if (config.NODE_ENV === 'test') return (testSecret ??= randomBytes(32).toString('base64url'));
  const file = join(config.dataDir, 'link-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // 'wx': of two processes starting together, one writes and the other reads what it wrote.
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The secret customer identifiers are hashed with (`CUSTOMER_KEY_SECRET`):
 * HMAC-SHA256(link secret, 'customer-key'), so it survives restarts and replicas agree, and a
 * leaked participant link never reveals it.
 */
export function customerKeySecret(link: string): string {
  return createHmac('sha256', link).update('customer-key').digest('base64url');
}
