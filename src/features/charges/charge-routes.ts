import { Router } from 'express';
import { z } from 'zod';
import { requireScope } from '../../http/authenticate.js';
import { requireIdempotencyKey } from '../../http/idempotency.js';
import { validate } from '../../http/validate.js';
import type { ChargeService } from './charge-service.js';
import { toChargeResponse } from './charge-view.js';
import type { PastDueCollections } from './past-due-collections.js';

export const chargeRequestSchema = z.strictObject({
  // Checked by the charge rules, so that every bad amount is the same 422 invalid_amount.
  amount: z.unknown().refine((value) => value !== undefined, 'is required'),
  currency: z.string().min(1).max(10).optional(),
  description: z.string().max(1000).optional(),
  reference: z.string().max(255).optional(),
  source: z.enum(['cards', 'balance', 'balance_then_cards']).optional(),
  // Whose cards pay (the fallback tries only that payer's); the default payer when absent.
  payer_id: z.string().min(1).max(40).optional(),
  // What a charge no card pays becomes: failed (402, the default) or past due, retried on DUNNING_SCHEDULE.
  on_failure: z.enum(['fail', 'retry']).optional(),
});

export const chargeListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().min(1).optional(),
});

/** The charge row is this route's idempotency record (see ChargeService): the generic store leaves it alone. */
export const CHARGE_ROUTES_WITH_OWN_KEYS: readonly RegExp[] = [/^\/v1\/accounts\/[^/]+\/charges\/?$/i];

/** Billing jobs charge accounts; customers and support staff cannot (403). */
export function createChargeRoutes(deps: { chargeService: ChargeService; pastDue: PastDueCollections }): Router {
  const router = Router();
  const { chargeService, pastDue } = deps;
  const billing = requireScope('billing');

  router.post('/v1/accounts/:account_id/charges', billing, requireIdempotencyKey, async (req, res) => {
    const { payer_id, on_failure, ...input } = validate(chargeRequestSchema, req.body);
    const charge = await chargeService.charge({
      accountId: String(req.params.account_id),
      idempotencyKey: req.idempotencyKey!,
      ...input,
      ...(payer_id ? { payerId: payer_id } : {}),
      ...(on_failure ? { onFailure: on_failure } : {}),
    });
    if (charge.headers) res.set(charge.headers);
    res.status(201).json(charge.body);
  });

  router.get('/v1/accounts/:account_id/charges', billing, async (req, res) => {
    const query = validate(chargeListQuerySchema, req.query, 'query');
    res.json(await chargeService.list(String(req.params.account_id), { limit: query.limit, ...(query.starting_after ? { startingAfter: query.starting_after } : {}) }));
  });

  // Ends a past-due charge; a repeated cancel of the same charge answers as the first did (the
  // Idempotency-Key layer), and without a key a second cancel is a 409.
  router.post('/v1/accounts/:account_id/charges/:charge_id/cancel', billing, async (req, res) => {
    const { charge, attempts } = await pastDue.cancel(String(req.params.account_id), String(req.params.charge_id));
    res.json(toChargeResponse(charge, attempts));
  });

  router.get('/v1/accounts/:account_id/charges/:charge_id', billing, async (req, res) => {
    res.json(await chargeService.get(String(req.params.account_id), String(req.params.charge_id)));
  });

  return router;
}
