import type { Knex } from 'knex';

type Work = (trx: Knex.Transaction) => void | Promise<unknown>;

interface Waiting {
  work: Work;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Ran {
  waiting: Waiting;
  ok: boolean;
  value: unknown;
}

// Enough to take every request in flight on one instance; more would only delay the first ones.
const MOST_PER_COMMIT = 64;

/**
 * Group commit for SQLite: `db.transaction(work)` calls that arrive while another commit is being
 * made wait, and the next commit takes them together, each in its own savepoint. SQLite has one
 * writer, and each commit costs it an fsync (synchronous = FULL) on top of its statements; this
 * lets one commit make many requests durable at once. Nothing changes for a caller:
 * - each work runs alone on the connection, one after the other (as before: one writer);
 * - a work that throws rolls back its own savepoint only, and its caller gets its error;
 * - every caller is answered only after the commit that holds its writes is on disk, and if that
 *   commit fails, every caller in it gets the failure (nothing of theirs was kept);
 * - `trx.executionPromise` settles once that commit is made, as for a transaction of its own.
 * When a savepoint cannot be rolled back or released, SQLite may have ended the whole transaction
 * (it does on a full disk, an I/O error, running out of memory): the group stops there, is rolled
 * back, every caller that had run hears the failure, and the works not yet run wait for the next
 * commit. As before, a work must use its `trx`, never `db.transaction`, and must settle: the works
 * behind it wait for it.
 * Only the callback form without a config is grouped; the others go to knex unchanged.
 */
export function groupCommits(db: Knex): Knex {
  const transaction = db.transaction.bind(db) as (work: Work) => Promise<unknown>;
  const queue: Waiting[] = [];
  let committing = false;

  const commitTogether = async (group: Waiting[]) => {
    const ran: Ran[] = [];
    let reached = group.length;
    let committed!: () => void;
    let failed!: (error: unknown) => void;
    const groupCommitted = new Promise<void>((resolve, reject) => ((committed = resolve), (failed = reject)));
    groupCommitted.catch(() => undefined);
    try {
      await transaction(async (trx) => {
        for (const [index, waiting] of group.entries()) {
          let thrown: { error: unknown } | undefined;
          try {
            const value = await trx.transaction(async (savepoint) => {
              settleAfter(savepoint, groupCommitted);
              try {
                return await waiting.work(savepoint);
              } catch (error) {
                thrown = { error };
                throw error;
              }
            });
            ran.push({ waiting, ok: true, value });
          } catch (error) {
            if (thrown && error === thrown.error) {
              ran.push({ waiting, ok: false, value: error });
              continue;
            }
            // knex answers with its own error when ROLLBACK TO or RELEASE failed: the transaction
            // may be gone, and what follows would run outside it. (After knex's 5-second timeout
            // on ROLLBACK TO it answers with the work's error: not told apart here.)
            reached = index + 1;
            queue.unshift(...group.slice(reached));
            throw error;
          }
        }
      });
    } catch (error) {
      failed(error);
      for (const waiting of group.slice(0, reached)) waiting.reject(error);
      return;
    }
    committed();
    for (const { waiting, ok, value } of ran) (ok ? waiting.resolve : waiting.reject)(value);
  };

  const commitNext = async () => {
    committing = true;
    try {
      while (queue.length > 0) {
        const group = queue.splice(0, MOST_PER_COMMIT);
        if (group.length === 1) {
          // Alone: its own transaction, exactly as without grouping.
          const [only] = group as [Waiting];
          await transaction(only.work).then(only.resolve, only.reject);
        } else {
          await commitTogether(group);
        }
      }
    } finally {
      committing = false;
    }
  };

  const grouped = (work?: unknown, config?: unknown) => {
    if (typeof work !== 'function' || config !== undefined) return (transaction as (...args: unknown[]) => unknown)(work, config);
    return new Promise((resolve, reject) => {
      queue.push({ work: work as Work, resolve, reject });
      if (!committing) void commitNext();
    });
  };
  // knex defines `transaction` read-only (but configurable) on the instance.
  Object.defineProperty(db, 'transaction', { value: grouped, writable: false, enumerable: false, configurable: true });
  return db;
}

/** A savepoint's `executionPromise` settles at its RELEASE: make it wait for the group's commit,
 * which is when the work's writes are kept (listeners count outcomes on it). */
function settleAfter(savepoint: Knex.Transaction, groupCommitted: Promise<void>): void {
  const kept = savepoint.executionPromise.then((value) => groupCommitted.then(() => value));
  kept.catch(() => undefined);
  savepoint.executionPromise = kept;
}
