import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';

export type EntryType = 'topup' | 'charge' | 'charge_reversal' | 'transfer';

export interface BalanceRow {
  account_id: string;
  currency: string;
  available: number;
  last_seq: number;
  alert_threshold: number | null;
  created_at: string;
  updated_at: string;
}

export interface EntryRow {
  id: string;
  account_id: string;
  seq: number;
  type: EntryType;
  amount: number;
  balance_after: number;
  currency: string;
  topup_id: string | null;
  charge_id: string | null;
  transfer_reference: string | null;
  /** What a charge entry paid for (the charge's description), or null. */
  description: string | null;
  created_by: string | null;
  created_at: string;
}

export interface NewEntry {
  type: EntryType;
  /** Signed: credits positive, debits negative. */
  amount: number;
  /** The currency the entry is in: it must be the balance's (checked on posting). */
  currency: string;
  topupId?: string;
  chargeId?: string;
  transferReference?: string;
  /** The charge's description, for charge and charge_reversal entries. */
  description?: string | null;
  createdBy?: string;
}

/** What one entry did to the balance, for the low-balance alert. */
export interface Posted {
  entry: EntryRow;
  before: number;
  after: number;
  threshold: number | null;
}

export const insufficientBalance = (available: number, currency: string, wanted: number) =>
  new AppError('insufficient_balance', `The balance holds ${available} ${currency} minor units, less than the ${wanted} asked for. Nothing was taken: top up the balance, or charge with source "balance_then_cards".`, {
    body: { available, currency },
  });

/**
 * The ledger (`balances` + `balance_entries`). Every change is one appended entry and the matching
 * update of the balance row, in the caller's transaction, which must hold the account lock
 * (lockAccount) so that entries of one account are appended one at a time. The database refuses a
 * negative balance and a second credit for the same top-up, charge reversal or transfer reference.
 */
/** "Its balance part is not back yet": no `charge_reversal` entry for the charge, as a condition
 * on the charges feature's query (its `ChargeCondition`; `chargeIdColumn` names the charge's id). */
export const reversalNotPosted = (db: Knex) => (query: Knex.QueryBuilder, chargeIdColumn: string): Knex.QueryBuilder =>
  query.whereNotExists((entries) => entries.select(db.raw('1')).from('balance_entries as e').whereRaw(`e.charge_id = ${chargeIdColumn}`).andWhere('e.type', 'charge_reversal'));

export class BalanceLedger {
  constructor(
    private readonly db: Knex,
    /** Runs the reads made outside a transaction (what a GET shows). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Under the account lock pass the transaction; without one the read runs on `reads`. */
  async find(accountId: string, trx?: Knex.Transaction): Promise<BalanceRow | undefined> {
    const query = (trx ?? this.db)('balances').where({ account_id: accountId }).limit(1);
    const [row] = trx ? await query : await this.reads.all(query);
    return row && toBalance(row);
  }

  /** The balance row, created at 0 in `currency` the first time. Under the account lock. */
  async open(trx: Knex.Transaction, accountId: string, currency: string, now: string): Promise<BalanceRow> {
    const existing = await this.find(accountId, trx);
    if (existing) return existing;
    const row: BalanceRow = { account_id: accountId, currency, available: 0, last_seq: 0, alert_threshold: null, created_at: now, updated_at: now };
    await trx('balances').insert(row);
    return row;
  }

  /** Appends one entry; a debit larger than the balance is refused with insufficient_balance. */
  async post(trx: Knex.Transaction, balance: BalanceRow, entry: NewEntry, now: string): Promise<Posted> {
    // A guard, not a user error: callers check currencies first, so a mismatch here is a bug
    // that would otherwise move money in the wrong currency.
    if (entry.currency !== balance.currency) {
      throw new Error(`refused a ${entry.type} entry in ${entry.currency} on the ${balance.currency} balance of ${balance.account_id}`);
    }
    const after = balance.available + entry.amount;
    if (after < 0) throw insufficientBalance(balance.available, balance.currency, -entry.amount);
    const row: EntryRow = {
      id: newId('btxn'),
      account_id: balance.account_id,
      seq: balance.last_seq + 1,
      type: entry.type,
      amount: entry.amount,
      balance_after: after,
      currency: balance.currency,
      topup_id: entry.topupId ?? null,
      charge_id: entry.chargeId ?? null,
      transfer_reference: entry.transferReference ?? null,
      description: entry.description ?? null,
      created_by: entry.createdBy ?? null,
      created_at: now,
    };
    await trx('balance_entries').insert(row);
    // Conditional on the sequence read under the lock: a writer that somehow skipped the lock
    // changes nothing rather than losing an update.
    const updated = await trx('balances')
      .where({ account_id: balance.account_id, last_seq: balance.last_seq })
      .update({ available: after, last_seq: row.seq, updated_at: now });
    if (updated !== 1) throw new Error(`balance of ${balance.account_id} changed outside the account lock`);
    return { entry: row, before: balance.available, after, threshold: balance.alert_threshold };
  }

  async setThreshold(trx: Knex.Transaction, accountId: string, threshold: number | null, now: string): Promise<void> {
    await trx('balances').where({ account_id: accountId }).update({ alert_threshold: threshold, updated_at: now });
  }

  /** Newest first; `startingAfter` is the last entry of the previous page. Read on `reads`. */
  async entries(accountId: string, page: { limit: number; startingAfter?: EntryRow }): Promise<EntryRow[]> {
    const query = this.db('balance_entries').where({ account_id: accountId }).orderBy('seq', 'desc').limit(page.limit);
    if (page.startingAfter) query.andWhere('seq', '<', page.startingAfter.seq);
    return (await this.reads.all(query)).map(toEntry);
  }

  async entry(id: string): Promise<EntryRow | undefined> {
    const [row] = await this.reads.all(this.db('balance_entries').where({ id }).limit(1));
    return row && toEntry(row);
  }

  /** A paid top-up's credit (one per top-up: unique on topup_id and type). */
  async entryOfTopup(topupId: string): Promise<EntryRow | undefined> {
    const [row] = await this.reads.all(this.db('balance_entries').where({ topup_id: topupId, type: 'topup' }).limit(1));
    return row && toEntry(row);
  }

  async entryOfCharge(chargeId: string, type: 'charge' | 'charge_reversal', db: Knex | Knex.Transaction = this.db): Promise<EntryRow | undefined> {
    const row = await db('balance_entries').where({ charge_id: chargeId, type }).first();
    return row && toEntry(row);
  }
}

// pg answers bigint as numbers here (see create-knex); SQLite as numbers. Normalize anyway.
function toBalance(row: Record<string, unknown>): BalanceRow {
  return {
    ...(row as unknown as BalanceRow),
    available: Number(row.available),
    last_seq: Number(row.last_seq),
    alert_threshold: row.alert_threshold === null || row.alert_threshold === undefined ? null : Number(row.alert_threshold),
  };
}

export function toEntry(row: Record<string, unknown>): EntryRow {
  return { ...(row as unknown as EntryRow), seq: Number(row.seq), amount: Number(row.amount), balance_after: Number(row.balance_after) };
}
