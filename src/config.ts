import { z } from 'zod';
import { parseDunningSchedule } from './features/charges/rules/dunning-schedule.js';

const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-0123456789';
const DEVELOPMENT_CODE_SECRET = 'development-only-code-secret-change-me-0123';
// 32 bytes, base64. Refused in production like the JWT secret.
const DEVELOPMENT_DATA_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1kYXRhLWtleS0zMmJ5dGU=';

const integer = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const optionalString = z.string().min(1).optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: integer(3000, 0),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_BASE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // "false" (default), a hop count such as "1", or a comma-separated list of trusted addresses or
  // subnets. Never "true": that trusts any X-Forwarded-For and lets clients pick their rate-limit key.
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((value) => value.trim().toLowerCase() !== 'true', 'must be false, a hop count or a list of addresses, never true'),

  DATABASE_URL: z.string().min(1).default('data/card-vault.sqlite'),

  AUTH_JWT_SECRET: z.string().default(DEVELOPMENT_JWT_SECRET),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default('card-vault'),
  AUTH_AUDIENCE: z.string().min(1).default('card-vault'),
  AUTH_TOKEN_TTL_SECONDS: integer(3600, 60),
  // How long the identity provider's key set is trusted before it is fetched again, and the least
  // time between two fetches: a storm of tokens with unknown `kid`s cannot hammer the provider.
  AUTH_JWKS_CACHE_SECONDS: integer(600, 1),
  AUTH_JWKS_COOLDOWN_SECONDS: integer(30, 0),
  // The longest life (exp - iat) of any token accepted, ours or an identity provider's.
  AUTH_MAX_TOKEN_TTL_SECONDS: integer(86400, 60),

  RATE_LIMIT_PUBLIC_PER_MINUTE: integer(30, 1),
  RATE_LIMIT_PER_MINUTE: integer(600, 1),
  // One rate-limit budget shared by every instance. Unset: each process counts on its own.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be redis://… or rediss://…').optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('card-vault:'),
  // A Redis command slower than this counts as Redis being unreachable.
  REDIS_TIMEOUT_MS: integer(500, 10),

  CODE_SECRET: z.string().default(DEVELOPMENT_CODE_SECRET),
  CODE_TTL_SECONDS: integer(600, 1),
  CODE_RESEND_SECONDS: integer(60, 0),
  CODE_MAX_ATTEMPTS: integer(5, 1),
  CODE_MAX_FAILURES: integer(20, 1),
  EMAIL_GRACE_SECONDS: integer(600, 0),

  MESSAGE_TRANSPORT: z.enum(['console', 'webhook', 'smtp']).default('console'),
  MESSAGE_WEBHOOK_URL: z.url().optional(),
  SMTP_URL: optionalString,
  MESSAGE_FROM: z.string().default('Card Vault <no-reply@card-vault.local>'),

  GATEWAY: z.enum(['simulator', 'stripe']).default('simulator'),
  SIMULATOR_LATENCY_MS: integer(0, 0),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  // Public by design: the customer page's Stripe.js Elements needs it (GATEWAY=stripe).
  STRIPE_PUBLISHABLE_KEY: optionalString,
  STRIPE_API_HOST: optionalString,
  STRIPE_API_PORT: z.coerce.number().int().positive().optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
  STRIPE_TIMEOUT_MS: integer(20000, 1000),

  DATA_ENCRYPTION_KEY: z.string().default(DEVELOPMENT_DATA_KEY),
  CARD_FAILURES_PER_DAY: integer(3, 1),
  MAX_CARDS_PER_ACCOUNT: integer(10, 1),
  MAX_PAYERS_PER_ACCOUNT: integer(10, 1),
  HOLD_RELEASE_DELAY_SECONDS: integer(0, 0),
  // How a new card (or new dates) is verified: the seed's 1.00 USD hold, or a $0 account
  // verification (with a one-unit hold released at once where $0 is refused).
  VERIFICATION_METHOD: z.enum(['hold', 'zero_amount']).default('hold'),

  // The bank account customers pay into by transfer (the Top up page shows it); `\n` separates lines.
  TRANSFER_BANK_DETAILS: z.string().max(2000).optional(),

  CHARGE_MAX_AMOUNT_USD: integer(99999999, 1),
  // How long a worker holds a charge between renewals (one before each gateway call); a crashed
  // worker's charge is recovered after this. Longer than the slowest gateway call.
  CHARGE_LEASE_SECONDS: integer(60, 1),
  // How long a running request holds its Idempotency-Key without a heartbeat (every third of it);
  // a crashed request's key is usable again after this.
  IDEMPOTENCY_LOCK_SECONDS: integer(10, 1),
  JOB_POLL_INTERVAL_MS: integer(1000, 10),

  // Billing events (docs/billing-events.md): where each one is POSTed (unset: none is), the
  // secret that signs them (at least 32 bytes when the URL is set), how long they are kept.
  BILLING_WEBHOOK_URL: z.url().optional(),
  BILLING_WEBHOOK_SECRET: optionalString,
  EVENT_RETENTION_DAYS: integer(30, 1),
  // Days before a card stops working (the end of its expiry month) when its holder is told, e.g. "30,7".
  EXPIRY_NOTICE_DAYS: z
    .string()
    .default('30,7')
    .refine((value) => /^\s*\d{1,3}\s*(,\s*\d{1,3}\s*)*$/.test(value) && value.split(',').every((part) => Number(part) >= 1), 'must be whole days, comma-separated, each at least 1 (e.g. "30,7")'),
  // Past-due charges (docs/dunning.md): the waits between retries, counted from the first
  // failure ("1d,3d,5d,7d": retried 1, 3, 5 and 7 days after it), and how long a pay link works.
  DUNNING_SCHEDULE: z.string().default('1d,3d,5d,7d').refine((value) => parseDunningSchedule(value) !== undefined, 'must be increasing durations, comma-separated, each a number and s, m, h or d (e.g. "1d,3d,5d,7d" or "30s,2m")'),
  PAY_LINK_TTL_SECONDS: integer(7 * 86_400, 60),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config extends Omit<Environment, 'EXPIRY_NOTICE_DAYS' | 'DUNNING_SCHEDULE'> {
  PUBLIC_BASE_URL: string;
  /** Seconds after the first failure of each retry, increasing. */
  DUNNING_SCHEDULE: number[];
  /** Distinct, largest first. */
  EXPIRY_NOTICE_DAYS: number[];
  trustProxy: false | number | string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseTrustProxy(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed.split(',').map((part) => part.trim()).filter(Boolean);
}

/** Reads and validates the environment once. A bad variable stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (Buffer.byteLength(values.AUTH_JWT_SECRET) < 32) problems.push('AUTH_JWT_SECRET: must be at least 32 bytes');
  if (Buffer.byteLength(values.CODE_SECRET) < 32) problems.push('CODE_SECRET: must be at least 32 bytes');
  if (Buffer.from(values.DATA_ENCRYPTION_KEY, 'base64').length !== 32) {
    problems.push('DATA_ENCRYPTION_KEY: must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  }
  if (values.NODE_ENV === 'production') {
    if (values.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) problems.push('AUTH_JWT_SECRET: the development default is refused in production');
    if (values.CODE_SECRET === DEVELOPMENT_CODE_SECRET) problems.push('CODE_SECRET: the development default is refused in production');
    if (values.DATA_ENCRYPTION_KEY === DEVELOPMENT_DATA_KEY) problems.push('DATA_ENCRYPTION_KEY: the development default is refused in production');
    // The console transport prints codes to stdout, which production ships to its logs.
    if (values.MESSAGE_TRANSPORT === 'console') problems.push('MESSAGE_TRANSPORT: console prints one-time codes to the logs; use webhook or smtp in production');
    if (values.MESSAGE_TRANSPORT === 'smtp' && !values.MESSAGE_WEBHOOK_URL) problems.push('MESSAGE_WEBHOOK_URL: required in production with smtp, for SMS (otherwise SMS codes would be printed)');
  }
  if (values.MESSAGE_TRANSPORT === 'webhook' && !values.MESSAGE_WEBHOOK_URL) problems.push('MESSAGE_WEBHOOK_URL: required when MESSAGE_TRANSPORT=webhook');
  if (values.MESSAGE_TRANSPORT === 'smtp' && !values.SMTP_URL) problems.push('SMTP_URL: required when MESSAGE_TRANSPORT=smtp');
  if (values.GATEWAY === 'stripe' && !values.STRIPE_SECRET_KEY) problems.push('STRIPE_SECRET_KEY: required when GATEWAY=stripe');
  if (values.BILLING_WEBHOOK_URL && Buffer.byteLength(values.BILLING_WEBHOOK_SECRET ?? '') < 32) {
    problems.push('BILLING_WEBHOOK_SECRET: must be at least 32 bytes when BILLING_WEBHOOK_URL is set (openssl rand -hex 32)');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  return Object.freeze({
    ...values,
    PUBLIC_BASE_URL: (values.PUBLIC_BASE_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    DUNNING_SCHEDULE: parseDunningSchedule(values.DUNNING_SCHEDULE)!,
    EXPIRY_NOTICE_DAYS: [...new Set(values.EXPIRY_NOTICE_DAYS.split(',').map((part) => Number(part.trim())))].sort((a, b) => b - a),
  });
}
