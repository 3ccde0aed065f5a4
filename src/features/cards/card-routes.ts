import { Router, type Request, type Response } from 'express';
import { accountIdOf, customerOrPayLink, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import type { AddCardService } from './add-card-service.js';
import type { VerificationResult } from './card-verification.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import type { CardExpiryService } from './card-expiry-service.js';
import type { CardManagementService } from './card-management-service.js';
import { addCardSchema, cardListQuerySchema, cardOrderSchema, updateExpirySchema } from './card-schemas.js';
import { toCardResponse, toHistoryResponse, toVerificationResponse } from './card-view.js';

/** 201 (or 200 for an update) with the verification, or 202 with the 3-D Secure redirect. */
function sendVerification(res: Response, result: VerificationResult, doneStatus: 200 | 201): void {
  const card = toCardResponse(result.card);
  if (result.status === 'requires_action') {
    res.status(202).json({ card, next_action: { type: 'redirect', url: result.redirectUrl } });
    return;
  }
  res.status(doneStatus).json({ card, verification: toVerificationResponse(result.hold) });
}

const cardIdOf = (req: Request) => String(req.params.id);

export function createCardRoutes(deps: {
  addCard: AddCardService;
  completion: AuthenticationCompletion;
  expiry: CardExpiryService;
  management: CardManagementService;
}): Router {
  const router = Router();
  const customer = requireScope('account');
  // What the pay page needs to add, replace or fix a card; deleting one and the history stay the signed-in customer's.
  const payLinkToo = customerOrPayLink();

  router.post('/v1/cards', payLinkToo, async (req, res) => {
    const body = validate(addCardSchema, req.body);
    const result = await deps.addCard.add(accountIdOf(req), {
      paymentMethod: body.payment_method,
      holderName: body.holder_name,
      ...(body.id_type ? { idType: body.id_type } : {}),
      ...(body.id_number !== undefined ? { idNumber: body.id_number } : {}),
      ...(body.return_url ? { returnUrl: body.return_url } : {}),
      ...(body.payer_id ? { payerId: body.payer_id } : {}),
    });
    sendVerification(res, result, 201);
  });

  router.get('/v1/cards', payLinkToo, async (req, res) => {
    const { payer_id } = validate(cardListQuerySchema, req.query, 'query');
    res.json({ data: (await deps.management.list(accountIdOf(req), payer_id)).map(toCardResponse) });
  });

  router.get('/v1/cards/history', customer, async (req, res) => {
    res.json({ data: (await deps.management.history(accountIdOf(req))).map(toHistoryResponse) });
  });

  router.put('/v1/cards/order', payLinkToo, async (req, res) => {
    const { card_ids, payer_id } = validate(cardOrderSchema, req.body);
    res.json({ data: (await deps.management.reorder(accountIdOf(req), card_ids, payer_id)).map(toCardResponse) });
  });

  router.get('/v1/cards/:id', payLinkToo, async (req, res) => {
    res.json(toCardResponse(await deps.management.get(accountIdOf(req), cardIdOf(req))));
  });

  router.post('/v1/cards/:id/confirm', payLinkToo, async (req, res) => {
    const result = await deps.completion.confirm(accountIdOf(req), cardIdOf(req));
    sendVerification(res, result, result.action === 'add' ? 201 : 200);
  });

  router.post('/v1/cards/:id/default', payLinkToo, async (req, res) => {
    res.json(toCardResponse(await deps.management.setDefault(accountIdOf(req), cardIdOf(req))));
  });

  router.patch('/v1/cards/:id', payLinkToo, async (req, res) => {
    const body = validate(updateExpirySchema, req.body);
    sendVerification(res, await deps.expiry.update(accountIdOf(req), cardIdOf(req), { month: body.exp_month, year: body.exp_year }), 200);
  });

  router.delete('/v1/cards/:id', customer, async (req, res) => {
    await deps.management.delete(accountIdOf(req), cardIdOf(req));
    res.status(204).end();
  });

  // Where the 3-D Secure page returns the customer when the frontend gave no return_url. The
  // browser carries no token, so this page says what to do next and reveals nothing; only an id
  // of our own shape is echoed, so the page cannot be made to show someone else's text.
  router.get('/v1/cards/:id/authentication-return', (req, res) => {
    const id = /^card_[A-Za-z0-9]{1,40}$/.test(cardIdOf(req)) ? cardIdOf(req) : '{id}';
    res.type('text/plain').send(`3-D Secure is finished. Return to the app: it confirms the card with POST /v1/cards/${id}/confirm.\n`);
  });

  return router;
}
