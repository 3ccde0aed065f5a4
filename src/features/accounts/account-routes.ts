import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { accountIdOf, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import type { AccountService } from './account-service.js';
import { toAccountResponse } from './account-view.js';
import { isSupportedCountry } from './countries.js';

export const registerAccountSchema = z.strictObject({
  email: z.email('must be an email address').max(320),
  country: z.string().refine(isSupportedCountry, 'must be an ISO 3166 alpha-2 country code, such as CL or US'),
});

export const accountPreferencesSchema = z.strictObject({ currency: z.string().min(1) });

export function createAccountRoutes(deps: { accountService: AccountService; publicRateLimit: RequestHandler }): Router {
  const router = Router();
  const { accountService } = deps;

  router.post('/v1/accounts', deps.publicRateLimit, async (req, res) => {
    const input = validate(registerAccountSchema, req.body);
    const { account, token } = await accountService.register(input);
    res.status(201).json({ account: toAccountResponse(account), token });
  });

  router.get('/v1/account', requireScope('account'), async (req, res) => {
    res.json(toAccountResponse(await accountService.read(accountIdOf(req))));
  });

  router.put('/v1/account/preferences', requireScope('account'), async (req, res) => {
    const input = validate(accountPreferencesSchema, req.body);
    res.json(toAccountResponse(await accountService.setPreferences(accountIdOf(req), input)));
  });

  return router;
}
