import { fileURLToPath } from 'node:url';
import express, { Router, type Response } from 'express';
import { notFound } from '../../errors.js';
import { supportedCountryCodes } from '../accounts/countries.js';
import { pageSecurityPolicy } from './page-security.js';
import { phoneHint } from './phone-hint.js';
import { testCardOptions, type TestCardOption } from './test-card-options.js';

const webDirectory = fileURLToPath(new URL('../../web/', import.meta.url));

export interface PageConfig {
  gateway: 'simulator' | 'stripe';
  /** ISO 3166 alpha-2 codes an account can be registered in; the page names them in its language. */
  countries: string[];
  stripe_publishable_key?: string;
  /** GATEWAY=simulator: the test cards the card field offers. */
  test_cards?: TestCardOption[];
  /** TRANSFER_BANK_DETAILS, one line per entry: what the "Bank transfer" part of Top up shows. */
  transfer_bank_details?: string[];
}

/** `\n` written in the variable (a .env file keeps one line per variable) or a real line break. */
const bankDetailLines = (details: string) => details.split(/\\n|\r?\n/).map((line) => line.trim()).filter(Boolean);

/** The customer pages at `/` and the support console at `/support`: static files that call the
 * public API like any other frontend. The server only adds what a page cannot know by itself. */
export function createPageRoutes(deps: { gateway: 'simulator' | 'stripe'; stripePublishableKey?: string; transferBankDetails?: string }): Router {
  const router = Router();
  const config: PageConfig = {
    gateway: deps.gateway,
    countries: supportedCountryCodes(),
    ...(deps.gateway === 'stripe' && deps.stripePublishableKey ? { stripe_publishable_key: deps.stripePublishableKey } : {}),
    ...(deps.gateway === 'simulator' ? { test_cards: testCardOptions() } : {}),
    ...(deps.transferBankDetails ? { transfer_bank_details: bankDetailLines(deps.transferBankDetails) } : {}),
  };
  const secured = pageSecurityPolicy(deps.gateway);
  const sendPage = (res: Response, file: string) => res.set('Cache-Control', 'no-cache').sendFile(file, { root: webDirectory });
  const assets = express.static(webDirectory, { index: false, fallthrough: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });

  router.get('/', secured, (_req, res) => sendPage(res, 'customer/index.html'));
  router.get('/support', secured, (_req, res) => sendPage(res, 'support/index.html'));
  router.get('/pages/config.json', (_req, res) => {
    res.json(config);
  });
  router.get('/pages/phone-hint/:country', (req, res) => {
    const hint = phoneHint(String(req.params.country));
    if (!hint) throw notFound('country');
    res.json(hint);
  });
  router.use('/pages/assets', secured, assets);
  return router;
}
