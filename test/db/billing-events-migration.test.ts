import { expect } from 'chai';
import type { Knex } from 'knex';
import { aroundMigration } from '../helpers/migration-test.js';

const MIGRATION = '20261205000100_billing_events.ts';

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the billing-events migration on ${database}`, function () {
    let db: Knex;
    const migrated = aroundMigration(database, MIGRATION, async (older) => {
      const now = '2026-12-04T12:00:00.000Z';
      await older('accounts').insert({ id: 'acct_a', email: 'a@example.com', email_normalized: 'a@example.com', country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
      // Recorded by the release before (issue 19's card.do_not_retry), in the order of their times.
      await older('events').insert([
        { id: 'evt_second', type: 'card.do_not_retry', account_id: 'acct_a', created_at: '2026-12-04T12:00:02.000Z', data: '{"object":{"id":"card_2"}}' },
        { id: 'evt_first', type: 'card.do_not_retry', account_id: 'acct_a', created_at: '2026-12-04T12:00:01.000Z', data: '{"object":{"id":"card_1"}}' },
      ]);
    });
    before(() => {
      db = migrated.db;
    });

    it('when events were recorded before, then they are kept in the order of their times, to deliver, and the old release can still insert', async () => {
      const rows = await db('events').orderBy('seq');
      expect(rows.map((row) => [row.id, Number(row.attempts), row.delivered_at, row.given_up_at])).to.deep.equal([
        ['evt_first', 0, null, null],
        ['evt_second', 0, null, null],
      ]);
      // The release before writes these five columns only.
      await db('events').insert({ id: 'evt_third', type: 'card.do_not_retry', account_id: 'acct_gone', created_at: '2026-12-04T12:00:03.000Z', data: '{"object":{}}' });
      expect((await db('events').orderBy('seq', 'desc').first()).id).to.equal('evt_third');
      const duplicate = await db('events').insert({ id: 'evt_third', type: 'card.do_not_retry', account_id: 'acct_a', created_at: '2026-12-04T12:00:04.000Z', data: '{}' }).then(() => 'accepted', () => 'refused');
      expect(duplicate).to.equal('refused');
    });
  });
}
