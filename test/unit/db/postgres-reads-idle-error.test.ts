import { expect } from 'chai';
import knex, { type Knex } from 'knex';
import { createReads, type Reads } from '../../../src/db/read-statements.js';

// A pooled connection that the server ends while idle (a restart, pg_terminate_backend, a proxy's
// idle timeout) makes pg's Pool emit 'error': with no listener that is an uncaught exception.
describe('PostgreSQL reads: an idle connection ended by the server', function () {
  let admin: Knex;
  let reads: Reads;

  before(function () {
    if (!process.env.TEST_DATABASE_URL) this.skip();
    admin = knex({ client: 'pg', connection: process.env.TEST_DATABASE_URL, pool: { min: 0, max: 1 } });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('application_name', `cv_reads_${process.pid}_${Date.now()}`);
    reads = createReads(url.toString());
    this.applicationName = url.searchParams.get('application_name');
  });
  after(async () => {
    await reads?.close();
    await admin?.destroy();
  });

  it('is dropped from the pool, and the next read runs on a new one', async function () {
    expect(await reads.all(admin.raw('select 1 as one'))).to.deep.equal([{ one: 1 }]);
    await admin.raw('select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?', [this.applicationName]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await reads.all(admin.raw('select 2 as two'))).to.deep.equal([{ two: 2 }]);
  });
});
