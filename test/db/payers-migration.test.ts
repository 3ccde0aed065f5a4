import { expect } from 'chai';
import type { Knex } from 'knex';
import { aroundMigration } from '../helpers/migration-test.js';

const MIGRATION = '20261205000200_payers.ts';
const now = '2026-12-04T12:00:00.000Z';
const address = { line1: '1 Main St', city: 'Springfield', country: 'US' };

/** Accounts as the previous release leaves them: an individual with cards (one removed), an
 * enterprise with cards and a charge, one still onboarding (no details, no cards). */
async function insertPreviousRelease(db: Knex): Promise<void> {
  const account = (id: string, extra: Record<string, unknown>) => ({
    id, email: `${id}@example.com`, email_normalized: `${id}@example.com`, country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now, ...extra,
  });
  await db('accounts').insert([
    account('acct_person', { type: 'individual', details: JSON.stringify({ type: 'individual', name: 'Ada Lovelace', address, industry: 'software' }), details_completed_at: now }),
    account('acct_company', { type: 'enterprise', details: JSON.stringify({ type: 'enterprise', enterprise_name: 'Analytical Engines Ltd', address, contact_name: 'Ada', contact_position: 'CEO', industry: 'software', currency: 'USD' }), details_completed_at: now }),
    account('acct_onboarding', { status: 'registered' }),
  ]);
  const card = (id: string, account_id: string, position: number, is_default: boolean, extra: Record<string, unknown> = {}) => ({
    id, account_id, gateway_payment_method_id: `pm_${id}`, fingerprint: `f_${id}`, brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada',
    status: 'active', is_default, position, created_at: now, updated_at: now, deleted_at: null, ...extra,
  });
  await db('cards').insert([
    card('p_2', 'acct_person', 0, true),
    card('p_0', 'acct_person', 1, false),
    card('p_removed', 'acct_person', 2, false, { deleted_at: now }),
    card('p_1', 'acct_person', 2, false, { status: 'expired' }),
    card('c_0', 'acct_company', 0, true),
    card('c_1', 'acct_company', 1, false),
  ]);
  await db('charges').insert({ id: 'ch_1', account_id: 'acct_company', idempotency_key: 'k1', request_hash: 'h', amount: 1000, currency: 'USD', status: 'succeeded', card_id: 'c_0', created_at: now, updated_at: now });
}

const placed = async (db: Knex, accountId: string) =>
  (await db('cards').where({ account_id: accountId }).orderBy('id')).map((row) => [row.id, Boolean(row.is_default), Number(row.position), row.deleted_at === null]);

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the payers migration on ${database}`, function () {
    let db: Knex;
    const before_: Record<string, unknown[]> = {};
    const migrated = aroundMigration(database, MIGRATION, async (older) => {
      await insertPreviousRelease(older);
      for (const id of ['acct_person', 'acct_company']) before_[id] = await placed(older, id);
    });
    before(() => {
      db = migrated.db;
    });

    it('when accounts had details and cards, then each gets one default payer from its details, and keeps every card, default and position under it', async () => {
      const payers = await db('payers').orderBy('account_id');
      expect(payers.map((payer) => [payer.account_id, payer.kind, payer.legal_name, payer.receipt_email, Boolean(payer.is_default)])).to.deep.equal([
        ['acct_company', 'company', 'Analytical Engines Ltd', 'acct_company@example.com', true],
        ['acct_person', 'individual', 'Ada Lovelace', 'acct_person@example.com', true],
      ]);
      expect(JSON.parse(payers[1].address)).to.deep.equal(address);
      for (const payer of payers) {
        expect(payer.id).to.match(/^py_[0-9A-Za-z]{20}$/);
        expect(await placed(db, payer.account_id)).to.deep.equal(before_[payer.account_id]);
        const owners = await db('cards').where({ account_id: payer.account_id }).distinct('payer_id');
        expect(owners.map((row) => row.payer_id)).to.deep.equal([payer.id]);
      }
      expect((await db('charges').where({ id: 'ch_1' }).first()).payer_id).to.equal(payers[0].id);
      expect(await db('payers').where({ account_id: 'acct_onboarding' })).to.have.length(0);
    });

    it('when a second default is written for one payer, then the database refuses it; one default for another payer of the account it accepts', async () => {
      const refused = (write: Promise<unknown>) => write.then(() => 'accepted', () => 'refused');
      expect(await refused(db('cards').where({ id: 'c_1' }).update({ is_default: true }))).to.equal('refused');
      const person = await db('payers').where({ account_id: 'acct_person' }).first();
      await db('payers').insert({ ...person, id: 'py_second', is_default: false });
      expect(await refused(db('cards').where({ id: 'p_0' }).update({ payer_id: 'py_second' }))).to.equal('accepted');
      expect(await refused(db('cards').where({ id: 'p_0' }).update({ is_default: true }))).to.equal('accepted');
      expect(await refused(db('payers').where({ id: 'py_second' }).update({ is_default: true }))).to.equal('refused');
    });

    it('when the migration is rolled back and run again, then it ends as it began', async () => {
      await db('cards').where({ id: 'p_0' }).update({ is_default: false, payer_id: null });
      await db('payers').where({ id: 'py_second' }).delete();
      await migrated.down();
      expect(await db.schema.hasTable('payers')).to.equal(false);
      await migrated.up();
      expect(await db('payers')).to.have.length(2);
      expect(await db('cards').whereNull('payer_id')).to.have.length(0);
    });
  });
}
