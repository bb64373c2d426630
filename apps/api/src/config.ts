import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const TRUST_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry of a trust-proxy list: a name Express knows, an address, or a CIDR (`10.0.0.0/8`, `fd00::/8`, `10.0.0.0/255.0.0.0`). */
function trustEntryProblem(entry: string): string | null {
  if (TRUST_NAMES.has(entry)) return null;
  const [address, range, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined)
    return `"${entry}" is not an address, a CIDR or one of loopback, linklocal, uniquelocal`;
  if (range === undefined) return null;
  const max = family === 4 ? 32 : 128;
  if (/^\d{1,3}$/.test(range) && Number(range) <= max) return null;
  if (family === 4 && isIP(range) === 4) return null;
  return `"${entry}" has a bad prefix length (0–${max})`;
}

/**
 * `TRUST_PROXY`: which peers may set the client IP through X-Forwarded-For (Express's `trust proxy`).
 * Unset: none, the socket's address is the client IP. A whole number is a hop count (that many proxies
 * in front, whatever their addresses); otherwise a comma-separated list of addresses, CIDRs and the
 * names `loopback`, `linklocal`, `uniquelocal`. `true` (trust anyone) is refused: any client could pick its IP.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): number | string[] => {
    if (/^\d+$/.test(value)) return Number(value);
    if (/^(true|false)$/i.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must name the proxies (addresses, CIDRs, loopback, linklocal, uniquelocal) or a hop count; true would let any client choose its IP, and unset already trusts none',
      });
      return z.NEVER;
    }
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    const problems = entries.map(trustEntryProblem).filter((p): p is string => p !== null);
    if (entries.length === 0 || problems.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `${problems.join('; ') || 'is empty'} (expected e.g. loopback, 10.0.0.0/8, 172.18.0.2 or a hop count like 1)`,
      });
      return z.NEVER;
    }
    return entries;
  });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 8mb, 512kb or 1000000b')
    .default('8mb'),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(65536),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 30),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
  LOGIN_ATTEMPTS_PER_15_MIN: z.coerce.number().int().positive().default(10),
  PUBLIC_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Signs participant links; unset: generated once and kept in DATA_DIR (see link-secret.ts). */
  LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(20000),
  /** Introspection and "did you mean" suggestions; unset: on except when NODE_ENV=production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  TOKEN_BUDGET: z.coerce.number().int().positive().default(2_000_000),
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(5).default(300),
  /** A synthesis run of a study with more participants fails before its engine starts. */
  SYNTHESIS_MAX_PARTICIPANTS: z.coerce.number().int().positive().default(50_000),
  /** The synthesis engine's time budget; its thread is stopped past it. */
  SYNTHESIS_MAX_SECONDS: z.coerce.number().int().min(1).default(600),
  /** PostgreSQL statement_timeout of the app's pool (every request's SQL); 0 turns it off. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  /** The same for a ROLE=worker process, which runs only background jobs (loading a large study). */
  JOB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(300_000),
  WEB_DIST: z.string().optional(),
  /** Proxies trusted to set the client IP (X-Forwarded-For); unset: none. See `trustProxy`. */
  TRUST_PROXY: trustProxy.optional(),
  /** Outgoing mail over SMTP (`smtp://user:pass@host:587`, `smtps://…`); unset: mail is written to the log and the UI says email is off. */
  SMTP_URL: z.url().optional(),
  /** The From address of every mail. */
  MAIL_FROM: z.string().min(3).default('Persona Lab <no-reply@localhost>'),
  /** Where users reach the web app: the base of every link in a mail and of share links. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
});

export type AppConfig = z.infer<typeof schema> & { dataDir: string };

/** Thrown at start when the environment is wrong; names each bad variable. */
export class ConfigError extends Error {}

/**
 * Reads and validates the environment once. Empty strings count as unset so a
 * `.env` line like `DATABASE_URL=` does not break the start.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR) };
}
