import { Router, type Request } from 'express';
import { requireScope } from '../../http/authenticate.js';
import { parseAccountSearchQuery, parseAuditQuery } from './support-queries.js';
import type { SupportReader, SupportService } from './support-service.js';
import { toAccountSummary, toAuditEventResponse } from './support-views.js';

/** The reader for the audit trail: the token's subject (present: `requireScope` ran first) and the
 * route as a pattern, with the ids going to the event's own fields. */
const readerOf = (req: Request, endpoint: string): SupportReader => ({ actor: req.principal?.subject ?? '', endpoint, requestId: req.id });

export function createSupportRoutes(deps: { supportService: SupportService }): Router {
  const router = Router();
  const service = deps.supportService;
  const support = requireScope('support');

  router.get('/v1/support/accounts', support, async (req, res) => {
    const query = parseAccountSearchQuery(req.query);
    const { accounts, hasMore } = await service.searchAccounts(readerOf(req, 'GET /v1/support/accounts'), query);
    res.json({ data: accounts.map(toAccountSummary), has_more: hasMore });
  });

  router.get('/v1/support/accounts/:id', support, async (req, res) => {
    res.json(await service.viewAccount(readerOf(req, 'GET /v1/support/accounts/{id}'), String(req.params.id)));
  });

  router.get('/v1/support/audit', support, async (req, res) => {
    const query = parseAuditQuery(req.query);
    const { events, hasMore } = await service.readAudit(readerOf(req, 'GET /v1/support/audit'), query);
    res.json({ data: events.map(toAuditEventResponse), has_more: hasMore });
  });

  return router;
}
