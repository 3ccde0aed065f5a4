import { expect } from 'chai';
import type { Knex } from 'knex';
import { aroundMigration } from '../helpers/migration-test.js';

const MIGRATION = '20261201002000_cards_one_live_default.ts';
const now = '2026-11-23T12:00:00.000Z';

/** Cards as the races before this migration could leave them. */
async function insertDamagedCards(db: Knex): Promise<void> {
  for (const id of ['acct_a', 'acct_b', 'acct_c']) {
    await db('accounts').insert({ id, email: `${id}@example.com`, email_normalized: `${id}@example.com`, country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
  }
  const card = (id: string, account_id: string, position: number, is_default: boolean, extra: Record<string, unknown> = {}) => ({
    id, account_id, gateway_payment_method_id: `pm_${id}`, fingerprint: `f_${id}`, brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada',
    status: 'active', is_default, position, created_at: now, updated_at: now, deleted_at: null, ...extra,
  });
  await db('cards').insert([
    // A: the removed card kept the default; the live ones have gaps and no default.
    card('a_removed', 'acct_a', 0, true, { deleted_at: now }),
    card('a_2', 'acct_a', 2, false),
    card('a_5', 'acct_a', 5, false),
    // B: a card waiting for 3-D Secure comes first but cannot be the default.
    card('b_waiting', 'acct_b', 0, false, { status: 'requires_action' }),
    card('b_1', 'acct_b', 1, false),
    // C: already right.
    card('c_0', 'acct_c', 0, true),
    card('c_1', 'acct_c', 1, false),
  ]);
}

const placed = async (db: Knex, accountId: string) =>
  (await db('cards').where({ account_id: accountId }).whereNull('deleted_at').orderBy('position')).map((row) => [row.id, Boolean(row.is_default), Number(row.position)]);

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the one-live-default migration on ${database}`, function () {
    let db: Knex;
    const migrated = aroundMigration(database, MIGRATION, async (older) => {
      await insertDamagedCards(older);
    });
    before(() => {
      db = migrated.db;
    });

    it('when cards were left damaged by earlier races, then the migration repairs them: no removed default, one live default first, positions 0…n-1', async () => {
      expect(await db('cards').where({ id: 'a_removed' }).first().then((row) => Boolean(row.is_default))).to.equal(false);
      expect(await placed(db, 'acct_a')).to.deep.equal([['a_2', true, 0], ['a_5', false, 1]]);
      expect(await placed(db, 'acct_b')).to.deep.equal([['b_1', true, 0], ['b_waiting', false, 1]]);
      expect(await placed(db, 'acct_c')).to.deep.equal([['c_0', true, 0], ['c_1', false, 1]]);
    });

    it('when a second live default or a removed default is written, then the database refuses it', async () => {
      const refused = (write: Promise<unknown>) => write.then(() => 'accepted', () => 'refused');
      expect(await refused(db('cards').where({ id: 'c_1' }).update({ is_default: true }))).to.equal('refused');
      expect(await refused(db('cards').where({ id: 'c_0' }).update({ deleted_at: now }))).to.equal('refused');
      expect(await placed(db, 'acct_c')).to.deep.equal([['c_0', true, 0], ['c_1', false, 1]]);
      // Moving the default the way the service does (the old one first) is allowed.
      await db('cards').where({ id: 'c_0' }).update({ is_default: false });
      await db('cards').where({ id: 'c_1' }).update({ is_default: true });
      await db('cards').where({ id: 'c_0' }).update({ deleted_at: now });
    });
  });
}
