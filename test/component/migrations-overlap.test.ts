import { expect } from 'chai';
import { migrateLatest } from '../../src/db/migrate.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** A rollout: the new release migrated the shared database while instances of the old one still
 * run, start or restart. */
describe('two releases overlapping on one database', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('when the database has a migration this release does not know, then /readyz stays ready and start-up still migrates cleanly', async () => {
    await t.db('knex_migrations').insert({ name: '29991231000000_from_a_newer_release.ts', batch: 99, migration_time: new Date() });

    const ready = await t.api.get('/readyz');
    expect(ready.status, JSON.stringify(ready.body)).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', migrations: 'ok' });
    await migrateLatest(t.db); // what an old instance does when it restarts mid-rollout
    expect((await t.api.get('/healthz')).status).to.equal(200);
  });
});
