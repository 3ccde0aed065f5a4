import { Router } from 'express';
import { z } from 'zod';
import { requireScope } from '../../http/authenticate.js';
import { requireIdempotencyKey } from '../../http/idempotency.js';
import { validate } from '../../http/validate.js';
import type { ChargeService } from './charge-service.js';

export const chargeRequestSchema = z.strictObject({
  // Checked by the charge rules, so that every bad amount is the same 422 invalid_amount.
  amount: z.unknown().refine((value) => value !== undefined, 'is required'),
  currency: z.string().min(1).max(10).optional(),
  description: z.string().max(1000).optional(),
  reference: z.string().max(255).optional(),
  source: z.enum(['cards', 'balance', 'balance_then_cards']).optional(),
  // Whose cards pay (the fallback tries only that payer's); the default payer when absent.
  payer_id: z.string().min(1).max(40).optional(),
});

export const chargeListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().min(1).optional(),
});

/** The charge row is this route's idempotency record (see ChargeService): the generic store leaves it alone. */
export const CHARGE_ROUTES_WITH_OWN_KEYS: readonly RegExp[] = [/^\/v1\/accounts\/[^/]+\/charges\/?$/i];

/** Billing jobs charge accounts; customers and support staff cannot (403). */
export function createChargeRoutes(deps: { chargeService: ChargeService }): Router {
  const router = Router();
  const { chargeService } = deps;
  const billing = requireScope('billing');

  router.post('/v1/accounts/:account_id/charges', billing, requireIdempotencyKey, async (req, res) => {
    const { payer_id, ...input } = validate(chargeRequestSchema, req.body);
    const charge = await chargeService.charge({ accountId: String(req.params.account_id), idempotencyKey: req.idempotencyKey!, ...input, ...(payer_id ? { payerId: payer_id } : {}) });
    if (charge.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).json(charge.body);
  });

  router.get('/v1/accounts/:account_id/charges', billing, async (req, res) => {
    const query = validate(chargeListQuerySchema, req.query, 'query');
    res.json(await chargeService.list(String(req.params.account_id), { limit: query.limit, ...(query.starting_after ? { startingAfter: query.starting_after } : {}) }));
  });

  router.get('/v1/accounts/:account_id/charges/:charge_id', billing, async (req, res) => {
    res.json(await chargeService.get(String(req.params.account_id), String(req.params.charge_id)));
  });

  return router;
}
