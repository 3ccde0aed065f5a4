import { expect } from 'chai';
import type { Knex } from 'knex';
import { aroundMigration } from '../helpers/migration-test.js';

const MIGRATION = '20261204001620_transfer_references_ignore_case.ts';
const now = '2026-12-04T12:00:00.000Z';

const transfer = (id: string, seq: number, reference: string, after: number) => ({
  id, account_id: 'acct_a', seq, type: 'transfer', amount: 1_000, balance_after: after, currency: 'USD', transfer_reference: reference, created_by: 'alice', created_at: now,
});

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the transfer-references-ignore-case migration on ${database}`, function () {
    let db: Knex;
    const migrated = aroundMigration(database, MIGRATION, async (older) => {
      await older('accounts').insert({ id: 'acct_a', email: 'a@example.com', email_normalized: 'a@example.com', country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
      await older('balances').insert({ account_id: 'acct_a', currency: 'USD', available: 3_000, last_seq: 3, created_at: now, updated_at: now });
      // Credited twice before the migration, under two spellings: both stay.
      await older('balance_entries').insert([transfer('ent_1', 1, 'inv-1', 1_000), transfer('ent_2', 2, 'INV-1', 2_000), transfer('ent_3', 3, 'wire-9', 3_000)]);
    });
    before(() => {
      db = migrated.db;
    });

    it('when a reference was credited under two spellings before, then both entries stay, and any further spelling is refused', async () => {
      expect((await db('balance_entries').orderBy('seq')).map((row) => row.transfer_reference)).to.deep.equal(['inv-1', 'INV-1', 'wire-9']);
      const refused = (write: Promise<unknown>) => write.then(() => 'accepted', () => 'refused');
      expect(await refused(db('balance_entries').insert(transfer('ent_4', 4, 'Inv-1', 4_000)))).to.equal('refused');
      expect(await refused(db('balance_entries').insert(transfer('ent_5', 4, 'WIRE-9', 4_000)))).to.equal('refused');
      expect(await refused(db('balance_entries').insert(transfer('ent_6', 4, 'wire-10', 4_000)))).to.equal('accepted');
    });
  });
}
