import { expect } from 'chai';
import type { Knex } from 'knex';
import { countCommits, type CommitOwner } from '../../../src/db/commit-counter.js';
import { createKnex } from '../../../src/db/create-knex.js';
import { createPostgresSchema } from '../../helpers/postgres-schema.js';

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`counting durable commits on a knex instance (${database})`, function () {
    let db: Knex;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let seen: CommitOwner[];
    let stop: () => void;

    before(async function () {
      if (database === 'PostgreSQL') {
        schema = await createPostgresSchema();
        if (!schema) this.skip();
      }
      db = createKnex(schema?.url ?? ':memory:');
      await db.schema.createTable('things', (table) => {
        table.string('id').primary();
        table.integer('n');
      });
      await db.schema.createTable('simulator_things', (table) => table.string('id').primary());
    });
    after(async () => {
      await db?.destroy();
      await schema?.drop();
    });
    beforeEach(() => {
      seen = [];
      stop = countCommits(db, (owner) => seen.push(owner));
    });
    afterEach(() => stop());

    it('when a write runs outside a transaction, then it is one commit; a write that changed nothing, or failed, is none', async () => {
      await db('things').insert({ id: 'a', n: 1 });
      await db('things').where({ id: 'nobody' }).update({ n: 2 });
      await db('things').insert({ id: 'a', n: 1 }).catch(() => undefined);
      expect(seen).to.deep.equal(['service']);
      await db('things').delete();
    });

    it('when a transaction writes, then its COMMIT is one commit, the simulator’s only when every write was to its tables; a read-only or rolled-back one is none', async () => {
      await db.transaction(async (trx) => {
        await trx('things').insert({ id: 'b', n: 1 });
        await trx('simulator_things').insert({ id: 'x' });
      });
      await db.transaction(async (trx) => trx('simulator_things').insert({ id: 'y' }));
      await db.transaction(async (trx) => trx('things').select());
      await db.transaction(async (trx) => {
        await trx('things').insert({ id: 'c', n: 1 });
        throw new Error('rolled back');
      }).catch(() => undefined);
      await db.transaction(async (trx) => {
        await trx.transaction(async (inner) => inner('things').insert({ id: 'd', n: 1 }));
        await trx('things').select();
      });
      expect(seen).to.deep.equal(['service', 'simulator', 'service']);
      await db('things').delete();
      await db('simulator_things').delete();
    });

    it('when a WITH clause writes, then the statement is one commit (PostgreSQL; SQLite has no writing WITH); a WITH that only reads is none', async function () {
      if (database !== 'PostgreSQL') this.skip();
      await db('things').insert([{ id: 'w1', n: 1 }, { id: 'w2', n: 1 }]);
      seen = [];
      await db.raw(`with bumped as (update things set n = 2 where id = 'w1')\n update things set n = 3 where id = 'w2'`);
      await db.raw(`with ids as (select id from things)\n select count(*) from ids`);
      expect(seen).to.deep.equal(['service']);
      await db('things').delete();
    });

    it('when a transaction locks a row (FOR UPDATE), then its COMMIT counts on PostgreSQL, which logs the lock, and not on SQLite, which has none', async () => {
      await db('things').insert({ id: 'e', n: 1 });
      seen = [];
      await db.transaction(async (trx) => trx('things').where({ id: 'e' }).forUpdate().first());
      expect(seen).to.deep.equal(database === 'PostgreSQL' ? ['service'] : []);
      await db('things').delete();
    });
  });
}
