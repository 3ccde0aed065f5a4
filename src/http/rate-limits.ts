import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { failSafeStore, SharedStoreUnavailable } from './fail-safe-store.js';
import { clientAddressOf } from './client-address.js';

const ONE_MINUTE_MS = 60_000;
// What a refused caller is told to wait while the shared store is unreachable.
const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

export type LimitName = 'public' | 'token';

/** What the limits report (operator metrics). */
export interface RateLimitEvents {
  rejected(limit: LimitName): void;
  storeFailed(limit: LimitName, action: 'denied' | 'allowed'): void;
}

export interface LimitDependencies {
  /** A store shared by every instance (Redis); absent: express-rate-limit's memory store, per process. */
  store?: Store;
  events: RateLimitEvents;
  logger: Logger;
}

interface LimitPolicy {
  name: LimitName;
  key: (req: Request) => string;
  what: string;
  /** When the shared store cannot answer: refuse (fail closed) or let through (fail open). */
  whenStoreFails: 'deny' | 'allow';
}

declare module 'express-serve-static-core' {
  interface Request {
    publicLimitCounted?: boolean;
  }
}

/** The routes under the public limit (the routers mount it too), by method and exact path. */
export const PUBLIC_LIMITED_ROUTES = [
  '/v1/accounts',
  '/v1/sessions',
  '/v1/sessions/email-code',
  '/v1/onboarding/email-code',
  '/v1/onboarding/email-code/verify',
  '/v1/onboarding/mobile-code',
  '/v1/onboarding/mobile-code/verify',
  '/v1/pay/session',
];

function limiter(perMinute: number, policy: LimitPolicy, deps: LimitDependencies): RequestHandler {
  const { events, logger } = deps;
  const refuse = (retryAfter: number, detail: string) =>
    new AppError('rate_limited', detail, { headers: { 'Retry-After': String(retryAfter) } });
  const handle = rateLimit({
    windowMs: ONE_MINUTE_MS,
    // Set explicitly: express-rate-limit's default is 5 per minute.
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => policy.key(req),
    ...(deps.store ? { store: failSafeStore(deps.store) } : {}),
    // Store errors come back through `next` (below), where the limit's policy applies.
    passOnStoreError: false,
    logger: {
      warn: (...args: unknown[]) => logger.warn({ detail: args.map(String) }, 'express-rate-limit warning'),
      error: (...args: unknown[]) => logger.error({ detail: args.map(String) }, 'express-rate-limit error'),
    },
    handler: (req, _res, next) => {
      events.rejected(policy.name);
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      next(refuse(retryAfter, `Too many requests ${policy.what}. Retry after ${retryAfter} seconds.`));
    },
  });
  return (req, res, next) =>
    handle(req, res, (error?: unknown) => {
      if (!(error instanceof SharedStoreUnavailable)) return next(error);
      const action = policy.whenStoreFails === 'deny' ? 'denied' : 'allowed';
      events.storeFailed(policy.name, action);
      (req.log ?? logger).warn({ limit: policy.name, action, err: { message: error.message } }, `rate-limit store unreachable: request ${action}`);
      if (action === 'allowed') return next();
      next(refuse(UNAVAILABLE_RETRY_AFTER_SECONDS, `Too many requests ${policy.what}: the limit cannot be checked right now. Retry after ${UNAVAILABLE_RETRY_AFTER_SECONDS} seconds.`));
    });
}

const clientAddress = (req: Request) => ipKeyGenerator(clientAddressOf(req));

/** Registration, sign-in, code sends and verifies: per client address. Fails closed: these are
 * what stop SMS pumping and code guessing, so an unchecked request is refused. */
export const publicRateLimit = (perMinute: number, deps: LimitDependencies): RequestHandler => {
  const limit = limiter(perMinute, { name: 'public', key: clientAddress, what: 'from this address', whenStoreFails: 'deny' }, deps);
  // The app applies it before the input checks (PUBLIC_LIMITED_ROUTES) and the routes apply it
  // again, so a request is counted once however often it is mounted on its way.
  return (req, res, next) => {
    if (req.publicLimitCounted) return next();
    req.publicLimitCounted = true;
    return limit(req, res, next);
  };
};

/** Everything else: per token subject (per address for anonymous calls). Fails open: callers are
 * authenticated and every write has its own limits, so a Redis outage must not stop billing. */
export const tokenRateLimit = (perMinute: number, deps: LimitDependencies) =>
  limiter(
    perMinute,
    { name: 'token', key: (req) => (req.principal ? `sub:${req.principal.subject}` : clientAddress(req)), what: 'for this token', whenStoreFails: 'allow' },
    deps,
  );
