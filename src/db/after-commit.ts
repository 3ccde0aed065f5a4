import type { Knex } from 'knex';

/** Runs `then` once the transaction commits (at once outside one); a rollback runs nothing. */
export function afterCommit(db: Knex | Knex.Transaction, then: () => void): void {
  if ('executionPromise' in db && db.isTransaction) void db.executionPromise.then(then, () => undefined);
  else then();
}
