import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import type { SupportAction, SupportAuditEvent, SupportAuditLog } from '../../audit/support-audit-log.js';

// The audit's types are src/audit/support-audit-log.ts's (the port every feature writes through);
// support's own modules still name them from here.
export type { SupportAction, SupportAuditEvent } from '../../audit/support-audit-log.js';

interface SupportAuditEventRow {
  seq: number;
  id: string;
  actor: string;
  action: SupportAction;
  endpoint: string;
  query: string;
  account_ids: string;
  disclosed: string;
  result_count: number;
  request_id: string | null;
  created_at: string;
}

export interface AuditPageQuery {
  limit: number;
  /** The id of the last event of the previous page: the page holds the events older than it. */
  startingAfter?: string;
  accountId?: string;
  actor?: string;
}

// Index rows per INSERT: it bounds the statement's bound variables (2 per row; an audit-page
// read can name thousands of accounts).
const INDEX_ROWS_PER_INSERT = 1000;

/** Writes go through the writer (`db`); the audit page's reads run on `reads`. */
export class SupportAuditStore implements SupportAuditLog {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Resolves once the event and its per-account index rows are committed, together. Every
   * support GET writes one; on SQLite, events that arrive while a commit runs share the next one
   * (src/db/sqlite-group-commit.ts), so ten agents searching at once do not wait for ten fsyncs. */
  async insert(event: SupportAuditEvent): Promise<void> {
    await this.db.transaction(async (trx) => {
      const [inserted] = await trx('support_audit_events')
        .insert({
          id: event.id,
          actor: event.actor,
          action: event.action,
          endpoint: event.endpoint,
          query: JSON.stringify(event.query),
          account_ids: JSON.stringify(event.accountIds),
          disclosed: JSON.stringify(event.disclosed),
          result_count: event.resultCount,
          request_id: event.requestId,
          created_at: event.createdAt,
        })
        .returning('seq');
      const seq = typeof inserted === 'object' ? (inserted as { seq: number }).seq : (inserted as number);
      const rows = [...new Set(event.accountIds)].map((accountId) => ({ event_seq: seq, account_id: accountId }));
      for (let start = 0; start < rows.length; start += INDEX_ROWS_PER_INSERT) {
        await trx('support_audit_event_accounts').insert(rows.slice(start, start + INDEX_ROWS_PER_INSERT));
      }
    });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.reads.all(this.db('support_audit_events').where({ id }).select('seq').limit(1))).length > 0;
  }

  /** Newest first; reads one row past `limit` so the caller can tell whether more follow. For one
   * account the page is read from that account's own index rows, in their order, so a seldom-seen
   * customer's page costs what a busy one's does rather than a walk through the whole log. */
  async page(query: AuditPageQuery): Promise<{ events: SupportAuditEvent[]; hasMore: boolean }> {
    const seq = query.accountId ? 'a.event_seq' : 'e.seq';
    const base = query.accountId
      ? this.db('support_audit_event_accounts as a').join('support_audit_events as e', 'e.seq', 'a.event_seq').where('a.account_id', query.accountId)
      : this.db('support_audit_events as e');
    const page = base
      .select('e.*')
      .modify((builder) => {
        if (query.startingAfter) builder.where(seq, '<', this.db('support_audit_events').select('seq').where({ id: query.startingAfter }));
        if (query.actor) builder.where('e.actor', query.actor);
      })
      .orderBy(seq, 'desc')
      .limit(query.limit + 1);
    const rows = await this.reads.all<SupportAuditEventRow>(page);
    return { events: rows.slice(0, query.limit).map(toEvent), hasMore: rows.length > query.limit };
  }
}

const toEvent = (row: SupportAuditEventRow): SupportAuditEvent => ({
  id: row.id,
  actor: row.actor,
  action: row.action,
  endpoint: row.endpoint,
  query: JSON.parse(row.query) as Record<string, unknown>,
  accountIds: JSON.parse(row.account_ids) as string[],
  disclosed: JSON.parse(row.disclosed) as string[],
  resultCount: row.result_count,
  requestId: row.request_id,
  createdAt: row.created_at,
});
