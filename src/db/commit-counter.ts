import type { Knex } from 'knex';

/** Whose commit it was: the embedded gateway simulator's (every write in it touched a
 * `simulator_*` table), or the service's. A real deployment has no simulator commits. */
export type CommitOwner = 'service' | 'simulator';

/** What knex hands its 'query' and 'query-response' listeners. */
interface QueryEvent {
  sql?: string;
  __knexUid?: string;
  __knexTxId?: string;
}

interface OpenTransaction {
  /** A write in it changed something: its COMMIT is a durable one (an fsync). */
  wrote: boolean;
  /** One of those writes touched a service table. */
  service: boolean;
}

const SIMULATOR_TABLE = /^\s*(?:insert\s+into|update|delete\s+from|select\b.*?\bfrom)\s+[`"]?simulator_/is;

/**
 * Counts durable commits on a knex instance: the COMMIT of a transaction that changed something,
 * or a write that changed something outside a transaction (autocommit). A transaction that only
 * read, or a write that matched no row, makes no commit record worth an fsync on either database.
 * On PostgreSQL a `SELECT … FOR UPDATE` that locked a row counts as a write (it takes a
 * transaction id, so its COMMIT is flushed). Open transactions are tracked per connection, so
 * savepoints inside them change nothing. Runs on every query: the common case (a read) costs a
 * character test. Returns the function that stops counting.
 */
export function countCommits(db: Knex, onCommit: (owner: CommitOwner) => void): () => void {
  const open = new Map<string, OpenTransaction>();
  const connectionOf = (event: QueryEvent) => event.__knexUid ?? event.__knexTxId ?? '';

  // BEGIN, COMMIT and ROLLBACK come through 'query' (knex sends them itself, without a response event).
  const onQuery = (event: QueryEvent) => {
    const sql = event.sql;
    if (!sql) return;
    const first = sql.charCodeAt(0) | 0x20; // lower case
    if (first !== 0x62 /* b */ && first !== 0x63 /* c */ && first !== 0x72 /* r */) return;
    const word = sql.slice(0, 9).toUpperCase();
    if (word.startsWith('BEGIN')) {
      open.set(connectionOf(event), { wrote: false, service: false });
    } else if (word.startsWith('COMMIT')) {
      const transaction = open.get(connectionOf(event));
      open.delete(connectionOf(event));
      if (transaction?.wrote) onCommit(transaction.service ? 'service' : 'simulator');
    } else if (word.startsWith('ROLLBACK') && !/^ROLLBACK\s+TO/i.test(sql)) {
      open.delete(connectionOf(event));
    }
  };

  // Writes are judged on their answer: only one that changed a row is worth a commit.
  const onResponse = (response: unknown, event: QueryEvent) => {
    const sql = event.sql;
    if (!sql || !isWrite(sql) || !changedSomething(response)) return;
    const service = !SIMULATOR_TABLE.test(sql);
    const transaction = open.get(connectionOf(event));
    if (transaction) {
      transaction.wrote = true;
      if (service) transaction.service = true;
    } else {
      onCommit(service ? 'service' : 'simulator');
    }
  };

  db.on('query', onQuery);
  db.on('query-response', onResponse);
  return () => {
    db.off('query', onQuery);
    db.off('query-response', onResponse);
  };
}

function isWrite(sql: string): boolean {
  const first = sql.charCodeAt(0) | 0x20;
  if (first === 0x69 /* i */ || first === 0x75 /* u */ || first === 0x64 /* d */) return /^(?:insert|update|delete)\b/i.test(sql);
  // A PostgreSQL statement whose WITH writes too (two writes in one round trip).
  if (first === 0x77 /* w */) return /^with\b[\s\S]*?\bas\s*\(\s*(?:insert|update|delete)\b/i.test(sql);
  // PostgreSQL row locks (SQLite drops FOR UPDATE from the SQL).
  return first === 0x73 /* s */ && sql.endsWith(' for update');
}

// knex answers an UPDATE or DELETE with the number of rows, a SELECT with rows (with `first`, one
// row or undefined), an INSERT with ids (SQLite) or the driver's result (PostgreSQL, with rowCount).
function changedSomething(response: unknown): boolean {
  if (typeof response === 'number') return response > 0;
  if (Array.isArray(response)) return response.length > 0;
  if (response && typeof response === 'object' && typeof (response as { rowCount?: unknown }).rowCount === 'number') {
    return (response as { rowCount: number }).rowCount > 0;
  }
  return response !== undefined && response !== null;
}
