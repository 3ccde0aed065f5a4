import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import type { HoldStatus, VerificationMethod } from './hold-store.js';

export type HistoryAction = 'add' | 'update_expiry';
export type HistoryResult = 'pending' | 'succeeded' | 'failed';
/** Our codes for a failed entry, as customers see them. */
export type HistoryFailureCode = 'card_declined' | 'authentication_failed' | 'duplicate_card' | 'card_limit_reached' | 'gateway_unavailable' | 'gateway_error' | 'invalid_payment_method' | 'card_removed';

export interface HistoryRow {
  /** Insertion order (assigned by the database). */
  seq?: number;
  id: string;
  account_id: string;
  card_id: string | null;
  action: HistoryAction;
  brand: string | null;
  last4: string | null;
  exp_month: number | null;
  exp_year: number | null;
  fingerprint: string | null;
  gateway_payment_method_id: string | null;
  result: HistoryResult;
  failure_code: HistoryFailureCode | null;
  decline_code: string | null;
  failure_message: string | null;
  gateway_code: string | null;
  gateway_decline_code: string | null;
  gateway_message: string | null;
  gateway_request_id: string | null;
  support_reason: string | null;
  counts_as_failure: boolean;
  created_at: string;
  updated_at: string;
}

/** A history entry with the verification hold placed for it, if any. */
export interface HistoryEntry extends HistoryRow {
  hold: { amount: number; currency: string; status: HoldStatus; method: VerificationMethod; released_at: string | null } | null;
}

export type HistoryChanges = Partial<Omit<HistoryRow, 'id' | 'account_id' | 'action' | 'created_at'>> & { updated_at: string };

type Executor = Knex | Knex.Transaction;

/** The historical-cards log (`card_history`). */
export class CardHistoryStore {
  constructor(
    private readonly db: Knex,
    /** Runs the reads made outside a transaction (what a customer's GET sees). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  async insert(row: HistoryRow, db: Executor = this.db): Promise<void> {
    await db('card_history').insert(row);
  }

  async update(id: string, changes: HistoryChanges, db: Executor = this.db): Promise<void> {
    await db('card_history').where({ id }).update(changes);
  }

  async findById(id: string, db: Executor = this.db): Promise<HistoryRow | undefined> {
    const row = await db('card_history').where({ id }).first();
    return row && toHistoryRow(row);
  }

  /** Newest first, each with its most recent hold. */
  async listForAccount(accountId: string): Promise<HistoryEntry[]> {
    const rows = await this.reads.all<Record<string, any>>(this.db('card_history').where({ account_id: accountId }).orderBy('seq', 'desc'));
    const holds = await this.reads.all<Record<string, any>>(
      this.db('holds')
        .whereIn('history_id', this.db('card_history').select('id').where({ account_id: accountId }))
        // A $0 verification the gateway refused did nothing: the one-unit hold made instead is the entry's.
        .whereNot((refused) => refused.where('status', 'abandoned').andWhere('last_error', 'zero_amount_refused'))
        .orderBy('created_at', 'asc')
        .select('history_id', 'amount', 'currency', 'status', 'method', 'released_at'),
    );
    const holdByHistory = new Map(
      holds.map((hold) => [hold.history_id, { amount: Number(hold.amount), currency: hold.currency, status: hold.status, method: (hold.method ?? 'hold') as VerificationMethod, released_at: hold.released_at ?? null }]),
    );
    return rows.map((row) => ({ ...toHistoryRow(row), hold: holdByHistory.get(row.id) ?? null }));
  }

  /** The most recent entry about a card (its addition or its last expiry update). */
  async latestForCard(cardId: string, db: Executor = this.db): Promise<HistoryRow | undefined> {
    const row = await db('card_history').where({ card_id: cardId }).orderBy('seq', 'desc').first();
    return row && toHistoryRow(row);
  }

  /** Whether a verification of new dates for the card is still under way. */
  async hasPendingUpdate(cardId: string, db: Executor = this.db): Promise<boolean> {
    return (await db('card_history').where({ card_id: cardId, action: 'update_expiry', result: 'pending' }).first('id')) !== undefined;
  }

  /** What the card-testing limit counts since `since`: the failures (their times, oldest first)
   * and the verifications still under way, any of which may yet fail. One read: with two, an entry
   * failing between them would be counted in neither. */
  async failureBudgetUsedSince(accountId: string, since: string, db: Executor = this.db): Promise<{ failureTimes: string[]; pending: number }> {
    const rows = await db('card_history')
      .where({ account_id: accountId })
      .andWhere('created_at', '>', since)
      .andWhere((query) => query.where({ counts_as_failure: true }).orWhere({ result: 'pending' }))
      .orderBy('created_at', 'asc')
      .select('created_at', 'counts_as_failure');
    const failures = rows.filter((row) => Boolean(row.counts_as_failure));
    return { failureTimes: failures.map((row) => String(row.created_at)), pending: rows.length - failures.length };
  }
}

export const toHistoryRow = (row: Record<string, unknown>): HistoryRow =>
  ({
    ...row,
    counts_as_failure: Boolean(row.counts_as_failure),
    exp_month: row.exp_month === null ? null : Number(row.exp_month),
    exp_year: row.exp_year === null ? null : Number(row.exp_year),
  }) as HistoryRow;
