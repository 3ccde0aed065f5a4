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
 *   commit fails, every caller in it gets the failure (nothing of theirs was kept).
 * An error of SQLite itself (disk full, I/O) may have ended the whole transaction, not just the
 * savepoint: it ends the group, whose callers then all get it.
 * Only the callback form without a config is grouped; the others go to knex unchanged.
 */
export function groupCommits(db: Knex): Knex {
  const transaction = db.transaction.bind(db) as (work: Work) => Promise<unknown>;
  const queue: Waiting[] = [];
  let committing = false;

  const commitNext = async () => {
    committing = true;
    while (queue.length > 0) {
      const group = queue.splice(0, MOST_PER_COMMIT);
      if (group.length === 1) {
        // Alone: its own transaction, exactly as without grouping.
        const [only] = group as [Waiting];
        await transaction(only.work).then(only.resolve, only.reject);
        continue;
      }
      const ran: Ran[] = [];
      try {
        await transaction(async (trx) => {
          for (const waiting of group) {
            try {
              ran.push({ waiting, ok: true, value: await trx.transaction(waiting.work) });
            } catch (error) {
              if (endsTheTransaction(error)) throw error;
              ran.push({ waiting, ok: false, value: error });
            }
          }
        });
      } catch (error) {
        for (const waiting of group) waiting.reject(error);
        continue;
      }
      for (const { waiting, ok, value } of ran) (ok ? waiting.resolve : waiting.reject)(value);
    }
    committing = false;
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

/** SQLite errors after which the transaction may be gone (SQLite rolls back the whole transaction
 * on a full disk, an I/O error, running out of memory, a busy or interrupted statement). A
 * constraint failure ends only its statement, and errors of our own code end only their work. */
function endsTheTransaction(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') && code !== 'SQLITE_CONSTRAINT' && code !== 'SQLITE_ERROR';
}
