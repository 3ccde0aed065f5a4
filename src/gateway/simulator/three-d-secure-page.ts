import express, { type Response, type Router } from 'express';
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
    const challenge = await simulator.completeChallenge(req.params.intentId, outcome);
    if (!challenge) return sendHtml(res, 404, renderMessagePage('Not found', 'There is no payment waiting for authentication here.'));
    if (challenge.returnUrl) return res.redirect(303, challenge.returnUrl);
    sendHtml(res, 200, renderResultPage(challenge));
  });

  return router;
}
