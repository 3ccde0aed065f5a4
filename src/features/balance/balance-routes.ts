import { Router } from 'express';
import { z } from 'zod';
import { accountIdOf, customerOrPayLink, requireScope } from '../../http/authenticate.js';
import { requireIdempotencyKey } from '../../http/idempotency.js';
import { validate } from '../../http/validate.js';
import type { BalanceService } from './balance-service.js';
import type { PastDueFromBalance } from './past-due-from-balance.js';
import type { TransferService } from './transfer-service.js';

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().min(1).max(100).optional(),
});

export const alertSchema = z.strictObject({
  threshold: z.number().int().min(0).max(99_999_999).nullable(),
});

export const transferSchema = z.strictObject({
  // Checked by the service, so that every bad amount is the same 422 invalid_amount.
  amount: z.unknown().refine((value) => value !== undefined, 'is required'),
  currency: z.string().min(3).max(3),
  reference: z.string().trim().min(1).max(255),
});

const page = (query: z.infer<typeof pageQuerySchema>) => ({ limit: query.limit, ...(query.starting_after ? { startingAfter: query.starting_after } : {}) });

/** The customer's balance, and support's bank transfers into it. */
export function createBalanceRoutes(deps: { balanceService: BalanceService; transferService: TransferService; pastDueFromBalance: PastDueFromBalance }): Router {
  const router = Router();
  const customer = requireScope('account');
  const { balanceService, transferService, pastDueFromBalance } = deps;

  router.get('/v1/balance', customerOrPayLink(), async (req, res) => {
    res.json(await balanceService.get(accountIdOf(req)));
  });

  router.get('/v1/balance/transactions', customer, async (req, res) => {
    res.json(await balanceService.transactions(accountIdOf(req), page(validate(pageQuerySchema, req.query, 'query'))));
  });

  router.put('/v1/balance/alert', customer, async (req, res) => {
    res.json(await balanceService.setAlert(accountIdOf(req), validate(alertSchema, req.body).threshold));
  });

  // The pay page's "Pay from my balance": every past-due charge at once, or none (402).
  router.post('/v1/balance/pay-past-due', customerOrPayLink(), requireIdempotencyKey, async (req, res) => {
    res.json(await pastDueFromBalance.pay(accountIdOf(req)));
  });

  router.post('/v1/support/accounts/:id/transfers', requireScope('support'), requireIdempotencyKey, async (req, res) => {
    const body = validate(transferSchema, req.body);
    const reader = { actor: req.principal?.subject ?? '', requestId: req.id };
    res.status(201).json(await transferService.record(reader, String(req.params.id), body));
  });

  return router;
}
