import { Router, type Request } from 'express';
import { z } from 'zod';
import { accountIdOf, requireScope } from '../../http/authenticate.js';
import { requireIdempotencyKey } from '../../http/idempotency.js';
import { validate } from '../../http/validate.js';
import { pageQuerySchema } from './balance-routes.js';
import type { PendingTopupActions } from './topup-pending-actions.js';
import type { TopupCreation } from './topup-creation.js';
import type { TopupReads } from './topup-reads.js';

export const topupRequestSchema = z.strictObject({
  // Checked by the top-up rules, so that every bad amount is the same 422 invalid_amount.
  amount: z.unknown().refine((value) => value !== undefined, 'is required'),
  card_id: z.string().min(1).max(100).optional(),
  payment_method: z.string().min(1).max(255).optional(),
  save_card: z.boolean().optional(),
  holder_name: z.string().trim().min(1).max(200).optional(),
  id_type: z.enum(['RUT', 'OTRO']).optional(),
  id_number: z.string().max(40).optional(),
  return_url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  // Whose cards pay (and who gets the receipt); the default payer when absent.
  payer_id: z.string().min(1).max(40).optional(),
});

const topupIdOf = (req: Request) => String(req.params.id);

/** The top-up row is this route's idempotency record (its key and request hash, see TopupCreation):
 * the generic store leaves it alone, so a top-up costs no key record of its own. */
export const TOPUP_ROUTES_WITH_OWN_KEYS: readonly RegExp[] = [/^\/v1\/topups\/?$/i];

/** Top-ups: the customer pays into the balance from a card, on session. */
export function createTopupRoutes(deps: { topupCreation: TopupCreation; topupReads: TopupReads; pendingTopups: PendingTopupActions }): Router {
  const router = Router();
  const customer = requireScope('account');
  const { topupCreation, topupReads, pendingTopups } = deps;

  router.post('/v1/topups', customer, requireIdempotencyKey, async (req, res) => {
    const body = validate(topupRequestSchema, req.body);
    const answer = await topupCreation.create(accountIdOf(req), req.idempotencyKey!, {
      amount: body.amount,
      ...(body.card_id ? { cardId: body.card_id } : {}),
      ...(body.payment_method ? { paymentMethod: body.payment_method } : {}),
      ...(body.save_card !== undefined ? { saveCard: body.save_card } : {}),
      ...(body.holder_name ? { holderName: body.holder_name } : {}),
      ...(body.id_type ? { idType: body.id_type } : {}),
      ...(body.id_number !== undefined ? { idNumber: body.id_number } : {}),
      ...(body.return_url ? { returnUrl: body.return_url } : {}),
      ...(body.payer_id ? { payerId: body.payer_id } : {}),
    });
    res.status(answer.status).set(answer.headers ?? {}).json(answer.body);
  });

  router.get('/v1/topups', customer, async (req, res) => {
    const query = validate(pageQuerySchema, req.query, 'query');
    res.json(await topupReads.list(accountIdOf(req), { limit: query.limit, ...(query.starting_after ? { startingAfter: query.starting_after } : {}) }));
  });

  router.get('/v1/topups/:id', customer, async (req, res) => {
    res.json(await topupReads.get(accountIdOf(req), topupIdOf(req)));
  });

  router.post('/v1/topups/:id/confirm', customer, async (req, res) => {
    const answer = await pendingTopups.confirm(accountIdOf(req), topupIdOf(req));
    res.status(answer.status).json(answer.body);
  });

  router.post('/v1/topups/:id/cancel', customer, async (req, res) => {
    res.json(await pendingTopups.cancel(accountIdOf(req), topupIdOf(req)));
  });

  // Where the 3-D Secure page returns the customer when the frontend gave no return_url. No token
  // comes with the browser, so the page reveals nothing and echoes only an id of our own shape.
  router.get('/v1/topups/:id/authentication-return', (req, res) => {
    const id = /^tu_[A-Za-z0-9]{1,40}$/.test(topupIdOf(req)) ? topupIdOf(req) : '{id}';
    res.type('text/plain').send(`3-D Secure is finished. Return to the app: it confirms the top-up with POST /v1/topups/${id}/confirm.\n`);
  });

  return router;
}
