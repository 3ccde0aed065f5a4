import { Router } from 'express';
import { z } from 'zod';
import { accountIdOf, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import type { AutoTopupService } from './auto-topup-service.js';

const given = z.unknown().refine((value) => value !== undefined, 'is required');

export const autoTopupSchema = z.strictObject({
  // Amounts are checked by the service against the currency's top-up range: every bad amount is
  // the same 422 invalid_amount, naming the range.
  threshold: given,
  amount: z.unknown().optional(),
  target: z.unknown().optional(),
  card_id: z.string().min(1).max(100).optional(),
  monthly_limit: z.unknown().optional(),
  consent: z.literal(true, { message: 'must be true: the customer agrees to the consent text (GET /v1/balance/auto_topup shows it) before automatic top-ups charge their card' }),
});

/** The customer's automatic top-up rule. */
export function createAutoTopupRoutes(deps: { autoTopupService: AutoTopupService }): Router {
  const router = Router();
  const customer = requireScope('account');
  const { autoTopupService } = deps;

  router.put('/v1/balance/auto_topup', customer, async (req, res) => {
    const body = validate(autoTopupSchema, req.body);
    res.json(
      await autoTopupService.put(accountIdOf(req), {
        threshold: body.threshold,
        ...(body.amount !== undefined ? { amount: body.amount } : {}),
        ...(body.target !== undefined ? { target: body.target } : {}),
        ...(body.card_id ? { cardId: body.card_id } : {}),
        ...(body.monthly_limit !== undefined ? { monthlyLimit: body.monthly_limit } : {}),
      }),
    );
  });

  router.get('/v1/balance/auto_topup', customer, async (req, res) => {
    res.json(await autoTopupService.get(accountIdOf(req)));
  });

  router.delete('/v1/balance/auto_topup', customer, async (req, res) => {
    await autoTopupService.remove(accountIdOf(req));
    res.status(204).end();
  });

  return router;
}
