import { Router, type Request } from 'express';
import { requireScope } from '../../http/authenticate.js';
import { parseAccountSearchQuery, parseAuditQuery } from './support-queries.js';
import type { SupportAccountService } from './support-account-service.js';
import type { SupportAuditReads } from './support-audit-reads.js';
import type { SupportReader } from './support-audit-trail.js';
import type { SupportSearch } from './support-search.js';
import { toAccountSummary, toAuditEventResponse } from './support-views.js';

/** The reader for the audit trail: the token's subject (present: `requireScope` ran first) and the
 * route as a pattern, with the ids going to the event's own fields. */
const readerOf = (req: Request, endpoint: string): SupportReader => ({ actor: req.principal?.subject ?? '', endpoint, requestId: req.id });

export function createSupportRoutes(deps: { search: SupportSearch; accounts: SupportAccountService; audit: SupportAuditReads }): Router {
  const router = Router();
  const support = requireScope('support');

  router.get('/v1/support/accounts', support, async (req, res) => {
    const query = parseAccountSearchQuery(req.query);
    const { accounts, hasMore } = await deps.search.searchAccounts(readerOf(req, 'GET /v1/support/accounts'), query);
    res.json({ data: accounts.map(toAccountSummary), has_more: hasMore });
  });

  router.get('/v1/support/accounts/:id', support, async (req, res) => {
    res.json(await deps.accounts.viewAccount(readerOf(req, 'GET /v1/support/accounts/{id}'), String(req.params.id)));
  });

  router.get('/v1/support/audit', support, async (req, res) => {
    const query = parseAuditQuery(req.query);
    const { events, hasMore } = await deps.audit.readAudit(readerOf(req, 'GET /v1/support/audit'), query);
    res.json({ data: events.map(toAuditEventResponse), has_more: hasMore });
  });

  return router;
}
