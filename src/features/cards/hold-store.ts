import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';

/**
 * - `authorizing`: the row is written, the gateway call is under way (or its process died).
 * - `requires_action`: waiting for the customer's 3-D Secure challenge.
 * - `held` → `released`, or `release_failed` (retried) → `released`.
 * - `declined`: nothing was held; `abandoned`: the authorization never happened.
 */
export type HoldStatus = 'authorizing' | 'requires_action' | 'held' | 'released' | 'release_failed' | 'declined' | 'abandoned';

export type VerificationMethod = 'hold' | 'zero_amount' | 'one_unit_hold';

export interface HoldRow {
  id: string;
  account_id: string;
  history_id: string;
  gateway_customer_id: string;
  gateway_payment_method_id: string;
  return_url: string;
  intent_id: string | null;
  next_action_url: string | null;
  amount: number;
  currency: string;
  status: HoldStatus;
  release_after: string | null;
  attempts: number;
  lease_until: string | null;
  last_error: string | null;
  released_at: string | null;
  /** hold (absent on older rows), zero_amount ($0), or one_unit_hold (where $0 was refused). */
  method?: VerificationMethod | null;
  created_at: string;
  updated_at: string;
}

export type HoldChanges = Partial<Omit<HoldRow, 'id' | 'account_id' | 'history_id' | 'created_at'>> & { updated_at: string };

type Executor = Knex | Knex.Transaction;

const RELEASABLE: HoldStatus[] = ['held', 'release_failed'];

export class HoldStore {
  constructor(
    private readonly db: Knex,
    /** Runs the reads of the GET paths (support's account view). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  async insert(row: HoldRow, db: Executor = this.db): Promise<void> {
    await db('holds').insert(row);
  }

  async findById(id: string, db: Executor = this.db): Promise<HoldRow | undefined> {
    const row = await db('holds').where({ id }).first();
    return row && toHoldRow(row);
  }

  async findByIntent(intentId: string, db: Executor = this.db): Promise<HoldRow | undefined> {
    const row = await db('holds').where({ intent_id: intentId }).first();
    return row && toHoldRow(row);
  }

  async findLatestForHistory(historyId: string, db: Executor = this.db): Promise<HoldRow | undefined> {
    const row = await db('holds').where({ history_id: historyId }).orderBy('created_at', 'desc').first();
    return row && toHoldRow(row);
  }

  /** Every hold of the account, oldest first, with its release state (support reads). */
  async listForAccount(accountId: string): Promise<HoldRow[]> {
    const rows = await this.reads.all(this.db('holds').where({ account_id: accountId }).orderBy([{ column: 'created_at' }, { column: 'id' }]));
    return rows.map(toHoldRow);
  }

  /** Compare-and-set on the status: false when someone else (the other of confirm and webhook, or
   * the recovery job) moved the hold first. */
  async transition(id: string, from: HoldStatus, changes: HoldChanges, db: Executor = this.db): Promise<boolean> {
    return (await db('holds').where({ id, status: from }).update(changes)) === 1;
  }

  /** Holds due for release whose lease (if any) has run out. */
  async listReleasable(now: string, limit: number): Promise<HoldRow[]> {
    const rows = await this.db('holds')
      .whereIn('status', RELEASABLE)
      .andWhere('release_after', '<=', now)
      .andWhere((query) => query.whereNull('lease_until').orWhere('lease_until', '<', now))
      .orderBy('release_after')
      .limit(limit);
    return rows.map(toHoldRow);
  }

  /** Authorizations whose request never recorded an answer (its process died, or the answer was
   * lost) and whose lease has run out. */
  async listStaleAuthorizations(now: string, limit: number): Promise<HoldRow[]> {
    const rows = await this.db('holds').where({ status: 'authorizing' }).andWhere('lease_until', '<', now).orderBy('created_at').limit(limit);
    return rows.map(toHoldRow);
  }

  /** Holds waiting for 3-D Secure since before `before` (placed then), whose lease ran out. */
  async listStaleChallenges(before: string, now: string, limit: number): Promise<HoldRow[]> {
    const rows = await this.db('holds')
      .where({ status: 'requires_action' })
      .andWhere('created_at', '<', before)
      .andWhere((query) => query.whereNull('lease_until').orWhere('lease_until', '<', now))
      .orderBy('created_at')
      .limit(limit);
    return rows.map(toHoldRow);
  }

  /**
   * Takes a lease on a row seen by a list query. The UPDATE only matches if nobody changed the row
   * since (same status and attempt count) and no live lease is held, so of two workers racing for
   * the same hold exactly one gets 1 back: that one alone calls the gateway.
   */
  async claim(row: HoldRow, now: string, leaseUntil: string): Promise<boolean> {
    const claimed = await this.db('holds')
      .where({ id: row.id, status: row.status, attempts: row.attempts })
      .andWhere((query) => query.whereNull('lease_until').orWhere('lease_until', '<', now))
      .update({ lease_until: leaseUntil, attempts: row.attempts + 1, updated_at: now });
    return claimed === 1;
  }
}

export const toHoldRow = (row: Record<string, unknown>): HoldRow =>
  ({ ...row, amount: Number(row.amount), attempts: Number(row.attempts) }) as HoldRow;
