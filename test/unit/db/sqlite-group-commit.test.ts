import { expect } from 'chai';
import fc from 'fast-check';
import type { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnex } from '../../../src/db/create-knex.js';

/** What a caller of `db.transaction(work)` heard back. */
type Heard = { ok: true; value: unknown } | { ok: false; error: unknown };
const settle = (promise: Promise<unknown>): Promise<Heard> => promise.then((value) => ({ ok: true, value }), (error: unknown) => ({ ok: false, error }));

describe('SQLite group commit: transactions that wait share one commit', () => {
  let directory: string;
  let db: Knex;
  let other: Knex;
  let commits: number;
  const countCommit = (event: { sql?: string }) => {
    if (/^commit/i.test(event.sql ?? '')) commits += 1;
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'group-commit-'));
    db = createKnex(join(directory, 'db.sqlite'));
    await db.schema.createTable('things', (table) => {
      table.string('id').primary();
      table.integer('n').notNullable();
    });
    // Another connection to the same file: what a reader (or a restarted process) sees.
    other = createKnex(join(directory, 'db.sqlite'));
    commits = 0;
    db.on('query', countCommit);
  });
  afterEach(async () => {
    db.off('query', countCommit);
    await other.destroy();
    await db.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  const ids = async () => (await other('things').orderBy('id').pluck('id')) as string[];

  /** One transaction alone (it takes the connection), then three that wait and go together: 'a',
   * then 'b' followed by `fails`, then 'c'. What each of the three heard. */
  async function groupAround(fails: (trx: Knex.Transaction) => Promise<void>): Promise<Heard[]> {
    const first = settle(db.transaction((trx) => trx('things').insert({ id: 'first', n: 0 })));
    const group = [
      settle(db.transaction((trx) => trx('things').insert({ id: 'a', n: 1 }))),
      settle(
        db.transaction(async (trx) => {
          await trx('things').insert({ id: 'b', n: 2 });
          await fails(trx);
        }),
      ),
      settle(db.transaction((trx) => trx('things').insert({ id: 'c', n: 3 }))),
    ];
    expect((await first).ok).to.equal(true);
    return Promise.all(group);
  }

  it('when 40 transactions arrive at once, then each is kept and they take far fewer commits than 40', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction(async (trx) => {
          await trx('things').insert({ id: `t${String(i).padStart(2, '0')}`, n: i });
          return i;
        }),
      ),
    );
    expect(results).to.deep.equal(Array.from({ length: 40 }, (_, i) => i));
    expect(await ids()).to.have.length(40);
    expect(commits).to.be.within(2, 10);
  });

  it('when one transaction of a group throws or breaks a constraint, then only its writes are undone and only its caller hears it', async () => {
    await db('things').insert({ id: 'taken', n: 0 });
    commits = 0;
    const heard = await Promise.all([
      settle(db.transaction((trx) => trx('things').insert({ id: 'a', n: 1 }))),
      settle(
        db.transaction(async (trx) => {
          await trx('things').insert({ id: 'b', n: 2 });
          throw new Error('refused by a rule');
        }),
      ),
      settle(
        db.transaction(async (trx) => {
          await trx('things').insert({ id: 'c', n: 3 });
          await trx('things').insert({ id: 'taken', n: 3 });
        }),
      ),
      settle(db.transaction((trx) => trx('things').insert({ id: 'd', n: 4 }))),
    ]);
    expect(heard.map((h) => h.ok)).to.deep.equal([true, false, false, true]);
    expect((heard[1] as { error: Error }).error.message).to.equal('refused by a rule');
    expect(String((heard[2] as { error: Error }).error)).to.match(/UNIQUE constraint failed/);
    expect(await ids()).to.deep.equal(['a', 'd', 'taken']);
  });

  it('when SQLite ends the whole transaction inside a group (as on a full disk), then the callers that had run hear the failure, nothing of theirs is kept, and the rest commit next', async () => {
    const heard = await groupAround(async (trx) => {
      // What SQLite does by itself on SQLITE_FULL or SQLITE_IOERR: the transaction is gone.
      await trx.raw('ROLLBACK');
      throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
    });
    expect(heard.map((h) => h.ok)).to.deep.equal([false, false, true]);
    expect(await ids()).to.deep.equal(['c', 'first']);
  });

  it('when a work of a group fails with an error of SQLite while its transaction lives, then only that work is undone', async () => {
    const heard = await groupAround(async () => {
      throw Object.assign(new Error('SQLITE_TOOBIG: string or blob too big'), { code: 'SQLITE_TOOBIG' });
    });
    expect(heard.map((h) => h.ok)).to.deep.equal([true, false, true]);
    expect(await ids()).to.deep.equal(['a', 'c', 'first']);
  });

  it('when a work listens on trx.executionPromise, then it hears once the group has committed, not at its savepoint', async () => {
    const visibleWhenHeard: boolean[] = [];
    const listened: Promise<void>[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (trx) => {
          await trx('things').insert({ id: `e${i}`, n: i });
          listened.push(trx.executionPromise.then(async () => void visibleWhenHeard.push((await other('things').where({ id: `e${i}` })).length === 1)));
        }),
      ),
    );
    await Promise.all(listened);
    expect(visibleWhenHeard).to.deep.equal(Array.from({ length: 10 }, () => true));
  });

  it('when a caller hears that its transaction succeeded, then its writes are already committed for every other connection', async () => {
    const seenAtAnswer: boolean[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db
          .transaction((trx) => trx('things').insert({ id: `w${i}`, n: i }))
          .then(async () => seenAtAnswer.push((await other('things').where({ id: `w${i}` })).length === 1)),
      ),
    );
    expect(seenAtAnswer).to.deep.equal(Array.from({ length: 20 }, () => true));
  });

  it('when any mix of transactions succeeds and fails at once, then the table holds exactly the writes of those told they succeeded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('commit', 'throw', 'conflict', 'read-only'), { minLength: 1, maxLength: 30 }), async (plan) => {
        await db('things').del();
        await db('things').insert({ id: 'taken', n: 0 });
        const heard = await Promise.all(
          plan.map((step, i) =>
            settle(
              db.transaction(async (trx) => {
                if (step === 'read-only') return (await trx('things').count({ n: '*' }))[0];
                await trx('things').insert({ id: `p${i}`, n: i });
                if (step === 'throw') throw new Error('no');
                if (step === 'conflict') await trx('things').insert({ id: 'taken', n: i });
                return i;
              }),
            ),
          ),
        );
        const kept = plan.flatMap((step, i) => (heard[i]!.ok && step !== 'read-only' ? [`p${i}`] : []));
        expect(heard.map((h, i) => h.ok === (plan[i] === 'commit' || plan[i] === 'read-only'))).to.not.include(false);
        expect((await ids()).filter((id) => id !== 'taken').sort()).to.deep.equal(kept.sort());
      }),
      { numRuns: 40 },
    );
  });
});
