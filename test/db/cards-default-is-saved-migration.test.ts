import { expect } from 'chai';
import type { Knex } from 'knex';
import { aroundMigration } from '../helpers/migration-test.js';

const MIGRATION = '20261204001600_cards_default_is_saved.ts';
const now = '2026-12-04T12:00:00.000Z';

/** Defaults as the service could leave them before the migration: a card being saved by a
 * top-up (`pending`) made the default. */
async function insertUnsavedDefaults(db: Knex): Promise<void> {
  for (const id of ['acct_a', 'acct_b', 'acct_c']) {
    await db('accounts').insert({ id, email: `${id}@example.com`, email_normalized: `${id}@example.com`, country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
  }
  const card = (id: string, account_id: string, position: number, is_default: boolean, status = 'active') => ({
    id, account_id, gateway_payment_method_id: `pm_${id}`, fingerprint: `f_${id}`, brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada',
    status, is_default, position, created_at: now, updated_at: now, deleted_at: null,
  });
  await db('cards').insert([
    // A: the pending card was made the default; the saved cards come after it.
    card('a_pending', 'acct_a', 0, true, 'pending'),
    card('a_1', 'acct_a', 1, false),
    card('a_2', 'acct_a', 2, false, 'expired'),
    // B: only a pending card: it loses the flag and nothing else can be the default.
    card('b_pending', 'acct_b', 0, true, 'pending'),
    // C: already right, an expired default stays the default.
    card('c_0', 'acct_c', 0, true, 'expired'),
    card('c_1', 'acct_c', 1, false, 'pending'),
  ]);
}

const placed = async (db: Knex, accountId: string) =>
  (await db('cards').where({ account_id: accountId }).whereNull('deleted_at').orderBy('position')).map((row) => [row.id, Boolean(row.is_default), Number(row.position)]);

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the default-is-saved migration on ${database}`, function () {
    let db: Knex;
    const migrated = aroundMigration(database, MIGRATION, async (older) => {
      await insertUnsavedDefaults(older);
    });
    before(() => {
      db = migrated.db;
    });

    it('when a pending card was the default, then the migration gives the flag to the first saved card (none when there is none)', async () => {
      expect(await placed(db, 'acct_a')).to.deep.equal([['a_1', true, 0], ['a_pending', false, 1], ['a_2', false, 2]]);
      expect(await placed(db, 'acct_b')).to.deep.equal([['b_pending', false, 0]]);
      expect(await placed(db, 'acct_c')).to.deep.equal([['c_0', true, 0], ['c_1', false, 1]]);
    });

    it('when a card that is not saved yet is written as the default, then the database refuses it; a saved one it accepts', async () => {
      const refused = (write: Promise<unknown>) => write.then(() => 'accepted', () => 'refused');
      expect(await refused(db('cards').where({ id: 'b_pending' }).update({ is_default: true }))).to.equal('refused');
      expect(await refused(db('cards').where({ id: 'c_0' }).update({ status: 'requires_action' }))).to.equal('refused');
      expect(await refused(db('cards').insert({ id: 'b_new', account_id: 'acct_b', gateway_payment_method_id: 'pm_b_new', fingerprint: 'f_b_new', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada', status: 'pending', is_default: true, position: 1, created_at: now, updated_at: now, deleted_at: null }))).to.equal('refused');
      // The way a paid top-up activates its card, and then the customer makes it the default.
      await db('cards').where({ id: 'b_pending' }).update({ status: 'active' });
      expect(await refused(db('cards').where({ id: 'b_pending' }).update({ is_default: true }))).to.equal('accepted');
    });
  });
}
