import { Router, type Request } from 'express';
import { accountIdOf, customerOrPayLink, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import { createPayerSchema, updatePayerSchema } from './payer-schemas.js';
import type { PayerService } from './payer-service.js';
import { toPayerResponse } from './payer-view.js';

const payerIdOf = (req: Request) => String(req.params.id);

/** `/v1/payers`: who pays, for the account's own scope. */
export function createPayerRoutes(deps: { payerService: PayerService }): Router {
  const router = Router();
  const customer = requireScope('account');
  const { payerService } = deps;

  // Read by the pay page too: its card list is grouped by payer.
  router.get('/v1/payers', customerOrPayLink(), async (req, res) => {
    res.json({ data: (await payerService.list(accountIdOf(req))).map(toPayerResponse) });
  });

  router.post('/v1/payers', customer, async (req, res) => {
    const body = validate(createPayerSchema, req.body);
    res.status(201).json(toPayerResponse(await payerService.create(accountIdOf(req), body)));
  });

  router.get('/v1/payers/:id', customerOrPayLink(), async (req, res) => {
    res.json(toPayerResponse(await payerService.get(accountIdOf(req), payerIdOf(req))));
  });

  router.patch('/v1/payers/:id', customer, async (req, res) => {
    const body = validate(updatePayerSchema, req.body);
    res.json(toPayerResponse(await payerService.update(accountIdOf(req), payerIdOf(req), body)));
  });

  router.post('/v1/payers/:id/default', customer, async (req, res) => {
    res.json(toPayerResponse(await payerService.makeDefault(accountIdOf(req), payerIdOf(req))));
  });

  router.delete('/v1/payers/:id', customer, async (req, res) => {
    await payerService.delete(accountIdOf(req), payerIdOf(req));
    res.status(204).end();
  });

  return router;
}
