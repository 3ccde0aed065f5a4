import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { AppError } from '../errors.js';

const ONE_MINUTE_MS = 60_000;

function limiter(limit: number, key: (req: Parameters<RequestHandler>[0]) => string, what: string): RequestHandler {
  return rateLimit({
    windowMs: ONE_MINUTE_MS,
    // Set explicitly: express-rate-limit's default is 5 per minute.
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => key(req),
    handler: (req, _res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      next(new AppError('rate_limited', `Too many requests ${what}. Retry after ${retryAfter} seconds.`, { headers: { 'Retry-After': String(retryAfter) } }));
    },
  });
}

const clientAddress = (req: Parameters<RequestHandler>[0]) => ipKeyGenerator(req.ip ?? 'unknown');

declare module 'express-serve-static-core' {
  interface Request {
    publicLimitCounted?: boolean;
  }
}

/** Registration, sign-in, code sends and verifies: per client address. The app applies it before
 * the input checks (PUBLIC_LIMITED_ROUTES) and the routes apply it again, so it counts a request
 * once however often it is mounted on its way. */
export const publicRateLimit = (perMinute: number): RequestHandler => {
  const limit = limiter(perMinute, clientAddress, 'from this address');
  return (req, res, next) => {
    if (req.publicLimitCounted) return next();
    req.publicLimitCounted = true;
    return limit(req, res, next);
  };
};

/** The routes under the public limit (the routers mount it too), by method and exact path. */
export const PUBLIC_LIMITED_ROUTES = [
  '/v1/accounts',
  '/v1/sessions',
  '/v1/sessions/email-code',
  '/v1/onboarding/email-code',
  '/v1/onboarding/email-code/verify',
  '/v1/onboarding/mobile-code',
  '/v1/onboarding/mobile-code/verify',
];

/** Everything else: per token subject (per address for anonymous calls). */
export const tokenRateLimit = (perMinute: number) =>
  limiter(perMinute, (req) => (req.principal ? `sub:${req.principal.subject}` : clientAddress(req)), 'for this token');
