import express, { type Response, type Router } from 'express';
import { isGatewayError } from '../payment-gateway.js';
import { isConcurrentChange } from './simulator-errors.js';
import type { ThreeDSecureChallenge } from './simulator-challenges.js';
import type { SimulatorGateway } from './simulator-gateway.js';
import { renderChallengePage, renderMessagePage, renderResultPage } from './three-d-secure-html.js';

// No script, no external resources. No form-action either: after the POST the page redirects to
// the merchant's return_url, which a form-action 'self' would block in some browsers.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

function sendHtml(res: Response, status: number, html: string): void {
  res.status(status).set({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' }).type('html').send(html);
}

/** The simulator's 3-D Secure page, mounted by the app at `/simulator`:
 * `GET /3ds/:intentId` shows the challenge; `POST /3ds/:intentId` with `outcome=complete|fail`
 * (form or JSON) settles it, then sends the customer back to the intent's return_url (303). */
export function createThreeDSecurePageRouter(simulator: SimulatorGateway): Router {
  const router = express.Router();
  const parseBody = [express.urlencoded({ extended: false, limit: '4kb' }), express.json({ limit: '4kb' })];

  router.get('/3ds/:intentId', async (req, res) => {
    const challenge = await simulator.getChallenge(req.params.intentId);
    if (!challenge) return sendHtml(res, 404, renderMessagePage('Not found', 'There is no payment waiting for authentication here.'));
    sendHtml(res, 200, renderChallengePage(challenge));
  });

  router.post('/3ds/:intentId', ...parseBody, async (req, res) => {
    const outcome: unknown = req.body?.outcome;
    if (outcome !== 'complete' && outcome !== 'fail') {
      return sendHtml(res, 400, renderMessagePage('Bad request', 'outcome must be complete or fail.'));
    }
    let challenge: ThreeDSecureChallenge | undefined;
    try {
      challenge = await simulator.completeChallenge(req.params.intentId, outcome);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // Another submit of the same page settled it first: show that result.
      if (isConcurrentChange(error)) challenge = await simulator.getChallenge(req.params.intentId);
      // The gateway refuses it now, e.g. the card was removed (detached) while the challenge waited:
      // the customer's answer cannot be applied, and nothing changed.
      else return sendHtml(res, 409, renderMessagePage('Payment cannot be completed', 'This payment can no longer be completed: its card is no longer available. Nothing was charged. Return to the merchant to try again.'));
    }
    if (!challenge) return sendHtml(res, 404, renderMessagePage('Not found', 'There is no payment waiting for authentication here.'));
    if (challenge.returnUrl) return res.redirect(303, challenge.returnUrl);
    sendHtml(res, 200, renderResultPage(challenge));
  });

  return router;
}
