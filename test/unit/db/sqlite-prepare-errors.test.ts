import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../../src/db/create-knex.js';
import { createReads, type Reads } from '../../../src/db/read-statements.js';

// sqlite3 reports a statement that cannot be prepared (no such table or column, too many
// variables) to the statement's constructor callback, or else as an 'error' event: with neither,
// it is an uncaught exception that ends the process. A kept statement must fail its query instead.
describe('SQLite kept statements: a statement that cannot be prepared', function () {
  let dir: string;
  let writer: Knex;
  let reads: Reads;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'card-vault-prepare-'));
    const url = join(dir, 'prepare.sqlite');
    writer = createKnex(url);
    await writer.schema.createTable('things', (table) => {
      table.string('id').primary();
    });
    reads = createReads(url);
  });
  after(async () => {
    await reads?.close();
    await writer?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the query, and the next one still runs (writer)', async () => {
    for (let round = 0; round < 2; round += 1) {
      const error = await writer('no_such_table').select('id').then(() => undefined, (caught: unknown) => caught);
      expect(String(error)).to.match(/no such table/);
    }
    expect(await writer('things').select('id')).to.deep.equal([]);
  });

  it('fails the query in a transaction, which then rolls back', async () => {
    const error = await writer
      .transaction(async (trx) => {
        await trx('things').insert({ id: 'a' });
        await trx('things').where({ nope: 1 }).update({ id: 'b' });
      })
      .then(() => undefined, (caught: unknown) => caught);
    expect(String(error)).to.match(/no such column/);
    expect(await writer('things').select('id')).to.deep.equal([]);
  });

  it('fails a GET read (read statements)', async () => {
    const error = await reads.all(writer('no_such_table').select('id')).then(() => undefined, (caught: unknown) => caught);
    expect(String(error)).to.match(/no such table/);
    expect(await reads.all(writer('things').select('id'))).to.deep.equal([]);
  });
});
