import type { Knex } from 'knex';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { newTopupNumber } from './rules/topup-number.js';
import type { Decline } from '../../gateway/payment-gateway.js';

export type TopupStatus = 'new' | 'paid' | 'cancelled';
export type TopupTrigger = 'customer' | 'automatic';

export interface TopupRow {
  id: string;
  number: string;
  account_id: string;
  idempotency_key: string;
  request_hash: string;
  amount: number;
  currency: string;
  status: TopupStatus;
  /** 'automatic' when an automatic top-up rule made it (shown as `trigger`). */
  triggered_by: TopupTrigger;
  card_id: string | null;
  /** The payer it is for (payers feature): its card pays, its receipt_email gets the receipt.
   * Null on rows from before payers, and on an automatic top-up until its card is chosen. */
  payer_id?: string | null;
  save_card: boolean;
  gateway: string;
  gateway_customer_id: string | null;
  gateway_payment_method_id: string | null;
  brand: string | null;
  last4: string | null;
  history_id: string | null;
  return_url: string | null;
  intent_id: string | null;
  next_action_url: string | null;
  failure_code: string | null;
  decline_code: string | null;
  gateway_code: string | null;
  gateway_decline_code: string | null;
  failure_message: string | null;
  gateway_request_id: string | null;
  locked_by: string | null;
  locked_until: string | null;
  settle_after: string | null;
  settle_passes: number;
  created_at: string;
  updated_at: string;
  paid_at: string | null;
  cancelled_at: string | null;
}

/** What a new top-up is made of; everything else of its row starts empty (status `new`, no
 * intent, no failure, a fresh receipt number). */
export type NewTopup = Pick<TopupRow, 'id' | 'account_id' | 'payer_id' | 'idempotency_key' | 'request_hash' | 'amount' | 'currency' | 'triggered_by' | 'card_id' | 'save_card' | 'gateway' | 'gateway_customer_id' | 'gateway_payment_method_id' | 'brand' | 'last4' | 'return_url' | 'locked_by' | 'locked_until'>;

/** The row of a new top-up, for the customer's and the automatic top-ups alike. */
export function newTopupRow(topup: NewTopup, now: string): TopupRow {
  return {
    ...topup,
    number: newTopupNumber(),
    status: 'new',
    history_id: null,
    intent_id: null,
    next_action_url: null,
    failure_code: null,
    decline_code: null,
    gateway_code: null,
    gateway_decline_code: null,
    failure_message: null,
    gateway_request_id: null,
    settle_after: null,
    settle_passes: 0,
    created_at: now,
    updated_at: now,
    paid_at: null,
    cancelled_at: null,
  };
}

/** What a cancelled top-up's end knows beyond its failure. */
export interface TopupEnd {
  decline?: Decline;
  notBefore?: string;
}

export type TopupFailure = Pick<TopupRow, 'failure_code' | 'decline_code' | 'gateway_code' | 'gateway_decline_code' | 'failure_message' | 'gateway_request_id'>;

type Executor = Knex | Knex.Transaction;

/** Rows of `topups`. The lease columns change only through conditional UPDATEs, so a worker that
 * lost its lease can no longer start a gateway call for the top-up. */
export class TopupStore {
  constructor(
    private readonly db: Knex,
    /** Runs the reads of the GET paths (outside any transaction). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** 'duplicate_key' when the account already has a top-up for this key. */
  async insert(row: TopupRow, db: Executor = this.db): Promise<'inserted' | 'duplicate_key' | 'duplicate_number'> {
    try {
      await db('topups').insert(row);
      return 'inserted';
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const sameKey = await this.db('topups').where({ account_id: row.account_id, idempotency_key: row.idempotency_key }).first('id');
      return sameKey ? 'duplicate_key' : 'duplicate_number';
    }
  }

  async findById(id: string, db: Executor = this.db): Promise<TopupRow | undefined> {
    return toTopup(await db('topups').where({ id }).first());
  }

  /** The account's top-up as a GET shows it, read on `reads`; another account's reads as none.
   * Paths that go on to claim or settle it read it with findById (on the writer). */
  async readOwned(accountId: string, id: string): Promise<TopupRow | undefined> {
    const [row] = await this.reads.all(this.db('topups').where({ id, account_id: accountId }).limit(1));
    return toTopup(row);
  }

  async findByKey(accountId: string, idempotencyKey: string): Promise<TopupRow | undefined> {
    return toTopup(await this.db('topups').where({ account_id: accountId, idempotency_key: idempotencyKey }).first());
  }

  /** Newest first; `startingAfter` is the last top-up of the previous page. Read on `reads`. */
  async list(accountId: string, page: { limit: number; startingAfter?: TopupRow }): Promise<TopupRow[]> {
    const query = this.db('topups')
      .where({ account_id: accountId })
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(page.limit);
    const after = page.startingAfter;
    if (after) {
      query.andWhere((older) => older.where('created_at', '<', after.created_at).orWhere((tie) => tie.where('created_at', after.created_at).andWhere('id', '<', after.id)));
    }
    return (await this.reads.all(query)).map((row) => toTopup(row)!);
  }

  /** The sum of top-ups still `new` (the balance's `pending`). Under the account lock pass the
   * transaction; without one the read runs on `reads`. */
  async pendingAmount(accountId: string, trx?: Knex.Transaction): Promise<number> {
    const query = (trx ?? this.db)('topups').where({ account_id: accountId, status: 'new' }).sum({ total: 'amount' });
    const [row] = trx ? await query : await this.reads.all<{ total: unknown }>(query);
    return Number(row?.total ?? 0);
  }

  /** New top-ups nobody holds whose settle time has come, oldest first. */
  async findDue(now: string, limit: number): Promise<TopupRow[]> {
    const rows = await this.db('topups')
      .where({ status: 'new' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .andWhere((due) => due.whereNull('settle_after').orWhere('settle_after', '<=', now))
      // An automatic top-up never sent to the gateway is the payer job's to pay, not to settle.
      .andWhere((sent) => sent.whereNot('triggered_by', 'automatic').orWhereNotNull('intent_id'))
      .orderBy('created_at')
      .limit(limit);
    return rows.map((row) => toTopup(row)!);
  }

  /** Automatic top-ups not yet sent to the gateway, nobody holding them, due: the payer's. */
  async findAutomaticToPay(now: string, limit: number): Promise<TopupRow[]> {
    const rows = await this.db('topups')
      .where({ status: 'new', triggered_by: 'automatic' })
      .andWhere('created_at', '<=', now)
      .whereNull('intent_id')
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .andWhere((due) => due.whereNull('settle_after').orWhere('settle_after', '<=', now))
      .orderBy('created_at')
      .limit(limit);
    return rows.map((row) => toTopup(row)!);
  }

  /** Takes a new top-up for `token`; `due` also requires its settle time to have come (the
   * settler), while the customer's confirm or cancel may take it at any time nobody holds it. */
  async claim(id: string, token: string, lockedUntil: string, now: string, due: boolean): Promise<boolean> {
    const query = this.db('topups')
      .where({ id, status: 'new' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now));
    if (due) query.andWhere((ready) => ready.whereNull('settle_after').orWhere('settle_after', '<=', now));
    const updated = await query.update({ locked_by: token, locked_until: lockedUntil, updated_at: now, ...(due ? { settle_passes: this.db.raw('settle_passes + 1') } : {}) });
    return updated === 1;
  }

  /** Writes `changes` while `token` still holds the top-up; false when the lease was lost. */
  async update(id: string, token: string, changes: Partial<TopupRow>, now: string, trx?: Knex.Transaction): Promise<boolean> {
    const updated = await (trx ?? this.db)('topups').where({ id, locked_by: token, status: 'new' }).update({ ...changes, updated_at: now });
    return updated === 1;
  }

  /** Lets go of a top-up that is still new, to be looked at again after `settleAfter`. */
  async release(id: string, token: string, settleAfter: string, now: string, changes: Partial<TopupRow> = {}): Promise<boolean> {
    return this.update(id, token, { ...changes, locked_by: null, locked_until: null, settle_after: settleAfter }, now);
  }

  /** new → paid or cancelled, once: under the account lock, in the caller's transaction. */
  async finish(trx: Knex.Transaction, id: string, changes: Partial<TopupRow> & { status: 'paid' | 'cancelled' }, now: string): Promise<boolean> {
    const updated = await trx('topups')
      .where({ id, status: 'new' })
      .update({ ...changes, locked_by: null, locked_until: null, settle_after: null, next_action_url: null, updated_at: now });
    return updated === 1;
  }
}

// pg answers bigint as numbers (see create-knex); SQLite booleans as 0/1.
export function toTopup(row: Record<string, unknown> | undefined): TopupRow | undefined {
  if (!row) return undefined;
  return { ...(row as unknown as TopupRow), amount: Number(row.amount), settle_passes: Number(row.settle_passes), save_card: Boolean(row.save_card) };
}
