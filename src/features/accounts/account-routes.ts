import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { accountIdOf, customerOrPayLink, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import type { AccountService } from './account-service.js';
import { toAccountResponse } from './account-view.js';
import { isSupportedCountry } from './countries.js';

export const registerAccountSchema = z.strictObject({
  email: z.email('must be an email address').max(320),
  country: z.string().refine(isSupportedCountry, 'must be an ISO 3166 alpha-2 country code, such as CL or US'),
});

export const accountPreferencesSchema = z.strictObject({ currency: z.string().min(1) });

/** What the account shows of its past-due charges (the charges feature answers it, through the
 * composition root: accounts never read charges). */
export interface AccountPastDue {
  summaryOf(accountId: string): Promise<{ since: string; amount: number; currency: string; charge_ids: string[] } | null>;
}

export function createAccountRoutes(deps: { accountService: AccountService; publicRateLimit: RequestHandler; pastDue: AccountPastDue }): Router {
  const router = Router();
  const { accountService, pastDue } = deps;
  const withPastDue = async (account: Parameters<typeof toAccountResponse>[0]) => ({ ...toAccountResponse(account), past_due: await pastDue.summaryOf(account.id) });

  router.post('/v1/accounts', deps.publicRateLimit, async (req, res) => {
    const input = validate(registerAccountSchema, req.body);
    const { account, token } = await accountService.register(input);
    res.status(201).json({ account: toAccountResponse(account), token });
  });

  router.get('/v1/account', customerOrPayLink(), async (req, res) => {
    res.json(await withPastDue(await accountService.read(accountIdOf(req))));
  });

  router.put('/v1/account/preferences', requireScope('account'), async (req, res) => {
    const input = validate(accountPreferencesSchema, req.body);
    res.json(await withPastDue(await accountService.setPreferences(accountIdOf(req), input)));
  });

  return router;
}
