import { Router } from 'express';
import type { StripeWebhookService } from './stripe-webhook-service.js';

/** `POST /v1/webhooks/stripe`. No bearer token: the signature over the raw body (kept raw by the
 * app for `/v1/webhooks`) is the authentication. */
export function createWebhookRoutes(deps: { stripeWebhooks: StripeWebhookService }): Router {
  const router = Router();
  router.post('/v1/webhooks/stripe', async (req, res) => {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    res.json(await deps.stripeWebhooks.receive(rawBody, req.get('stripe-signature')));
  });
  return router;
}
