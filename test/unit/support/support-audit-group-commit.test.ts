import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../../src/db/create-knex.js';
import { migrateLatest } from '../../../src/db/migrate.js';
import { SupportAuditStore, type SupportAuditEvent } from '../../../src/features/support/support-audit-store.js';

// Audit events that arrive together share a commit on SQLite (sqlite-group-commit.ts); one that cannot be
// written must fail only its own read.
describe('support audit store: events that arrive together', () => {
  let db: Knex;
  let store: SupportAuditStore;
  beforeEach(async () => {
    db = createKnex(':memory:');
    await migrateLatest(db);
    store = new SupportAuditStore(db);
  });
  afterEach(() => db.destroy());

  const event = (id: string, accountIds: string[]): SupportAuditEvent => ({
    id,
    actor: 'agent',
    action: 'search_accounts',
    endpoint: 'GET /v1/support/accounts',
    query: { email: 'ada@example.com' },
    accountIds,
    disclosed: [],
    resultCount: accountIds.length,
    requestId: null,
    createdAt: '2026-12-01T00:00:00.000Z',
  });

  it('when 30 events arrive at once, then each is stored once, in arrival order, with its own account rows', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.insert(event(`audit_${i}`, i % 3 ? [`acct_${i}`, 'acct_shared'] : []))));
    const events = await db('support_audit_events').orderBy('seq').select('id', 'seq');
    expect(events.map((row) => row.id)).to.deep.equal(Array.from({ length: 30 }, (_, i) => `audit_${i}`));
    const rows = await db('support_audit_event_accounts').select('event_seq', 'account_id');
    expect(rows).to.have.length(40);
    const seqOf = new Map(events.map((row) => [row.id, row.seq]));
    expect(rows.filter((row) => row.account_id === 'acct_7')).to.deep.equal([{ event_seq: seqOf.get('audit_7'), account_id: 'acct_7' }]);
  });

  it('when one event of a batch cannot be written, then only its insert fails and the others are stored', async () => {
    await store.insert(event('audit_taken', []));
    const results = await Promise.allSettled([event('audit_a', ['acct_a']), event('audit_taken', ['acct_b']), event('audit_c', ['acct_c'])].map((e) => store.insert(e)));
    expect(results.map((result) => result.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((await db('support_audit_events').orderBy('seq').pluck('id'))).to.deep.equal(['audit_taken', 'audit_a', 'audit_c']);
    expect((await db('support_audit_event_accounts').orderBy('event_seq').pluck('account_id'))).to.deep.equal(['acct_a', 'acct_c']);
  });
});
