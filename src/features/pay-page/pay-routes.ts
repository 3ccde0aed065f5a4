import { fileURLToPath } from 'node:url';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { accountIdOf, customerOrPayLink } from '../../http/authenticate.js';
import { requireIdempotencyKey } from '../../http/idempotency.js';
import { validate } from '../../http/validate.js';
import type { PastDueCharges } from '../charges/past-due.js';
import { pageSecurityPolicy } from '../pages/page-security.js';
import type { PaySessionService } from './pay-session-service.js';

const webDirectory = fileURLToPath(new URL('../../web/', import.meta.url));

export const paySessionRequestSchema = z.strictObject({ token: z.string().min(1).max(4096) });

/**
 * The pay page and what it calls: `GET /pay/{token}` (the customer page, which reads the token from
 * its own path), the link's exchange for a customer token, and the account's past-due charges.
 */
export function createPayRoutes(deps: { paySessions: PaySessionService; pastDue: PastDueCharges; publicRateLimit: RequestHandler; gateway: 'simulator' | 'stripe' }): Router {
  const router = Router();
  // The signed-in customer (the past-due banner) or a pay link's session (the pay page).
  const customer = customerOrPayLink();
  const { pastDue } = deps;

  // The link is the page's only credential: the page is the same static customer page as `/`,
  // under the same CSP, and helmet's `Referrer-Policy: no-referrer` keeps the path from leaking.
  router.get('/pay/:token', pageSecurityPolicy(deps.gateway), (_req, res) => {
    res.set('Cache-Control', 'no-store').sendFile('customer/index.html', { root: webDirectory });
  });

  router.post('/v1/pay/session', deps.publicRateLimit, async (req, res) => {
    const { token } = validate(paySessionRequestSchema, req.body);
    const session = await deps.paySessions.open(token);
    res.status(201).json({ access_token: session.accessToken, token_type: 'Bearer', expires_in: session.expiresIn, account_id: session.accountId });
  });

  router.get('/v1/account/past-due', customer, async (req, res) => {
    const accountId = accountIdOf(req);
    const [summary, charges] = await Promise.all([pastDue.summaryOf(accountId), pastDue.listOf(accountId)]);
    res.json({ summary, charges });
  });

  router.post('/v1/account/past-due/collect', customer, requireIdempotencyKey, async (req, res) => {
    res.json(await pastDue.collectNow(accountIdOf(req), 'customer'));
  });

  return router;
}
