import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../../src/db/create-knex.js';
import { createReads, type Reads } from '../../../src/db/read-statements.js';
import { createPostgresSchema } from '../../helpers/postgres-schema.js';

// The reads of the GET paths run on connections of their own, with their statements kept
// prepared: what matters is that they always see the last commit, never an older snapshot, and
// that they cannot write.
for (const database of ['SQLite file', 'PostgreSQL'] as const) {
  describe(`reads on their own connections (${database})`, function () {
    let writer: Knex;
    let reads: Reads;
    let dir: string | undefined;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;

    before(async function () {
      let url: string;
      if (database === 'PostgreSQL') {
        schema = await createPostgresSchema();
        if (!schema) this.skip();
        url = schema.url;
      } else {
        dir = mkdtempSync(join(tmpdir(), 'card-vault-reads-'));
        url = join(dir, 'reads.sqlite');
      }
      writer = createKnex(url);
      await writer.raw(database === 'PostgreSQL' ? 'select 1' : 'PRAGMA journal_mode = WAL');
      await writer.schema.createTable('things', (table) => {
        table.string('id').primary();
        table.integer('n').notNullable();
      });
      reads = createReads(url);
    });
    after(async () => {
      await reads?.close();
      await writer?.destroy();
      await schema?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const readN = async (id: string) => (await reads.all<{ n: number }>(writer('things').where({ id }).select('n')))[0]?.n;

    it('sees every commit at once, on every connection, with the same statement reused', async () => {
      await writer('things').insert({ id: 'a', n: 0 });
      for (let n = 1; n <= 12; n += 1) {
        await writer('things').where({ id: 'a' }).update({ n });
        // More reads at once than there are connections: each must see the update just committed.
        const seen = await Promise.all(Array.from({ length: 5 }, () => readN('a')));
        expect(seen).to.deep.equal(Array(5).fill(n));
      }
    });

    it('sees a commit made while its statements sat idle between reads', async () => {
      await writer('things').insert({ id: 'b', n: 1 });
      expect(await readN('b')).to.equal(1);
      await writer.transaction(async (trx) => {
        await trx('things').where({ id: 'b' }).update({ n: 2 });
        // Not committed yet: the readers still see the last commit.
        expect(await readN('b')).to.equal(1);
      });
      expect(await readN('b')).to.equal(2);
    });

    it('answers bindings of every kind the stores use, and an empty result', async () => {
      expect(await reads.all(writer('things').whereIn('id', ['a', 'b']).orderBy('id').select('id'))).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
      expect(await reads.all(writer('things').where({ id: 'none' }))).to.deep.equal([]);
    });

    if (database === 'SQLite file') {
      it('cannot write', async () => {
        let refused: unknown;
        try {
          await reads.all(writer.raw("insert into things (id, n) values ('c', 1)"));
        } catch (error) {
          refused = error;
        }
        expect(String(refused)).to.match(/readonly/i);
        expect(await writer('things').where({ id: 'c' }).first()).to.equal(undefined);
      });
    }
  });
}
