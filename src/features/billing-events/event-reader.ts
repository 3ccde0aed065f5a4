import type { Clock } from '../../clock.js';
import type { EventPage, EventRow, EventStore } from '../../events/event-store.js';
import { newId } from '../../ids.js';
import type { SupportAuditLog } from '../../audit/support-audit-log.js';

/** Who reads: support's reads are audited (who, what, which accounts), billing's are not, as on
 * the other routes. */
export interface EventReaderCaller {
  subject: string;
  support: boolean;
  endpoint: string;
  requestId?: string;
}

/** GET /v1/events: newest first, paged, filtered. */
export class EventReader {
  constructor(private readonly deps: { store: EventStore; audit: SupportAuditLog; clock: Clock }) {}

  async list(caller: EventReaderCaller, page: EventPage): Promise<{ events: EventRow[]; hasMore: boolean }> {
    const found = await this.deps.store.list({ ...page, limit: page.limit + 1 });
    const events = found.slice(0, page.limit);
    if (caller.support) {
      // Recorded before the answer: a read that cannot be audited fails.
      await this.deps.audit.insert({
        id: newId('audit'),
        actor: caller.subject,
        action: 'list_events',
        endpoint: caller.endpoint,
        query: { limit: page.limit, starting_after: page.startingAfter ?? null, type: page.type ?? null, account_id: page.accountId ?? null },
        accountIds: [...new Set(events.map((event) => event.account_id))],
        disclosed: ['events'],
        resultCount: events.length,
        requestId: caller.requestId ?? null,
        createdAt: this.deps.clock.now().toISOString(),
      });
    }
    return { events, hasMore: found.length > page.limit };
  }
}
