import type { Knex } from 'knex';
import type { AccountRow, AccountStatus } from './account-ports.js';

/**
 * Locks the account row until the transaction ends. Whatever changes an account's set of cards
 * (a verification recording its outcome, a deletion, an addition starting) or its one-time codes
 * (issuing, verifying) takes it first, so those checks and writes run one account at a time on
 * PostgreSQL. SQLite needs no lock: it has
 * one writer and a single connection, so its transactions never interleave.
 */
export async function lockAccount(trx: Knex.Transaction, accountId: string): Promise<{ status: AccountStatus } | undefined> {
  return trx('accounts').where({ id: accountId }).forUpdate().first('status');
}

/** The same lock, answering the whole row as read under it: one statement where a caller needs the
 * account too (the balance's changes). */
export async function lockAccountRow(trx: Knex.Transaction, accountId: string): Promise<AccountRow | undefined> {
  return trx<AccountRow>('accounts').where({ id: accountId }).forUpdate().first();
}
