import { AppError } from '../../errors.js';
import type { SupportAuditEvent, SupportAuditStore } from './support-audit-store.js';
import type { SupportAuditTrail, SupportReader } from './support-audit-trail.js';
import type { AuditQuery } from './support-queries.js';

/** `GET /v1/support/audit`: a page of the audit trail; reading it is audited too. */
export class SupportAuditReads {
  constructor(
    private readonly audit: SupportAuditStore,
    private readonly trail: SupportAuditTrail,
  ) {}

  async readAudit(reader: SupportReader, query: AuditQuery): Promise<{ events: SupportAuditEvent[]; hasMore: boolean }> {
    if (query.starting_after && !(await this.audit.exists(query.starting_after))) {
      throw new AppError('validation_failed', `starting_after: no audit event ${query.starting_after}. Pass the id of the last event of the previous page.`, {
        errors: [{ field: 'starting_after', message: 'is not an audit event id' }],
      });
    }
    const page = await this.audit.page({ limit: query.limit, startingAfter: query.starting_after, accountId: query.account_id, actor: query.actor });
    const accountIds = page.events.flatMap((event) => event.accountIds);
    await this.trail.record(reader, 'read_audit', { query, accountIds, resultCount: page.events.length });
    return page;
  }
}
