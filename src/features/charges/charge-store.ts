import type { Knex } from 'knex';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import type { RetryCard } from './card-retry-store.js';
import { attemptsOfIn, recordChargeEndedIn } from './charge-events.js';
import type { DunningNotice, DunningNotices } from './dunning-notices.js';
import type { NetworkRetryGuard } from './network-retry-guard.js';
import { toAttempt, toCharge, type AttemptFinish, type AttemptResult, type AttemptRow, type ChargeFailureCode, type ChargeRow, type ChargeState } from './charge-rows.js';

export type { AttemptErrorCode, AttemptFinish, AttemptResult, AttemptRow, AttemptStatus, ChargeFailureCode, ChargeRow, ChargeSource, ChargeState, ChargeStatus } from './charge-rows.js';
export { toAttempt, toCharge } from './charge-rows.js';

/**
 * Rows of `charges` and `charge_attempts`. The lease columns change only through conditional
 * UPDATEs that re-check who holds the charge, so a worker that lost its lease (it stalled past
 * it, and recovery took over) can no longer write the charge's outcome or start another try.
 */
export class ChargeStore {
  /** `guard`: the card-network rules, which count each try in the transaction that records it and
   * read each result in the one that records that (absent in tests of the bare store). */
  constructor(
    private readonly db: Knex,
    private readonly guard?: NetworkRetryGuard,
    /** Tells the customer of a failed dunning round, in the transaction that records it. */
    private readonly notices?: DunningNotices,
  ) {}

  /** Records a new charge and its first try (when there is a card to try) in one transaction:
   * the first recovery point, before any gateway call. Undefined when the account already has a
   * charge for this key; throws CardNoLongerEligible when the first try's card stopped being
   * eligible (nothing written). */
  async insert(row: ChargeRow, firstTry?: FirstTry): Promise<ChargeState | undefined> {
    try {
      if (!firstTry) {
        await this.db('charges').insert(row);
      } else {
        await this.db.transaction(async (trx) => {
          await trx('charges').insert(row);
          await firstTry.record(trx);
        });
      }
      return { charge: row, attempts: firstTry ? [firstTry.row] : [] };
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  async findByKey(accountId: string, idempotencyKey: string): Promise<ChargeRow | undefined> {
    return toCharge(await this.db('charges').where({ account_id: accountId, idempotency_key: idempotencyKey }).first());
  }

  /** A charge still being paid (or past due, to be retried with the payer's cards) holds on to its
   * payer: the payer is not deleted under it. */
  async hasOpenForPayer(trx: Knex.Transaction, payerId: string): Promise<boolean> {
    return (await trx('charges').where({ payer_id: payerId }).whereIn('status', ['processing', 'past_due']).first('id')) !== undefined;
  }

  async findById(id: string): Promise<ChargeRow | undefined> {
    return toCharge(await this.db('charges').where({ id }).first());
  }

  /** Newest first; `startingAfter` is the last id of the previous page. */
  async list(accountId: string, page: { limit: number; startingAfter?: ChargeRow }): Promise<ChargeRow[]> {
    const query = this.db('charges')
      .where({ account_id: accountId })
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(page.limit);
    const after = page.startingAfter;
    if (after) {
      query.andWhere((older) =>
        older.where('created_at', '<', after.created_at).orWhere((tie) => tie.where('created_at', after.created_at).andWhere('id', '<', after.id)),
      );
    }
    return (await query).map((row) => toCharge(row)!);
  }

  async attemptsOf(chargeIds: readonly string[]): Promise<AttemptRow[]> {
    if (chargeIds.length === 0) return [];
    const rows = await this.db('charge_attempts').whereIn('charge_id', chargeIds).orderBy([{ column: 'charge_id' }, { column: 'number' }]);
    return rows.map(toAttempt);
  }

  /** Charges in flight that nobody holds and whose settle time has come, oldest first. */
  async findDue(now: string, limit: number): Promise<ChargeRow[]> {
    const rows = await this.db('charges')
      .where({ status: 'processing' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .andWhere((due) => due.whereNull('settle_after').orWhere('settle_after', '<=', now))
      .orderBy('created_at')
      .limit(limit);
    return rows.map((row) => toCharge(row)!);
  }

  /** Takes a due charge for `token` (the recovery job); false when another worker has it. */
  async claim(id: string, token: string, lockedUntil: string, now: string): Promise<boolean> {
    const updated = await this.db('charges')
      .where({ id, status: 'processing' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .andWhere((due) => due.whereNull('settle_after').orWhere('settle_after', '<=', now))
      .update({ locked_by: token, locked_until: lockedUntil, settle_after: null, recovery_passes: this.db.raw('recovery_passes + 1'), updated_at: now });
    return updated === 1;
  }

  /** Extends the holder's lease before a gateway call; false when the lease was lost. */
  async renew(id: string, token: string, lockedUntil: string, now: string): Promise<boolean> {
    return this.renewIn(this.db, id, token, lockedUntil, now);
  }

  private async renewIn(db: Knex, id: string, token: string, lockedUntil: string, now: string): Promise<boolean> {
    const updated = await db('charges').where({ id, locked_by: token, status: 'processing' }).update({ locked_until: lockedUntil, updated_at: now });
    return updated === 1;
  }

  /** Records that the charge ran out of cards and lets go of it, with the last try's result when
   * it is not written yet (one transaction); false when the lease was lost. `dunning`: a charge
   * that keeps collecting becomes (or stays) past due, or ends with its last notice, instead. */
  async finishFailed(id: string, token: string, failureCode: ChargeFailureCode, now: string, lastTry?: AttemptFinish, skipped?: string | null, dunning?: DunningOutcome): Promise<boolean> {
    const fail = async (trx: Knex.Transaction) => {
      const ending = dunning?.status === 'past_due'
        ? { status: 'past_due', failure_code: failureCode, past_due_since: dunning.since, next_retry_at: dunning.nextRetryAt, completed_at: null }
        : { status: 'failed', failure_code: dunning ? 'retries_exhausted' : failureCode, next_retry_at: null, completed_at: now };
      const [written] = await trx('charges')
        .where({ id, locked_by: token, status: 'processing' })
        .update({ ...ending, locked_by: null, locked_until: null, settle_after: null, updated_at: now, ...(skipped !== undefined ? { skipped } : {}) })
        .returning('*');
      if (!written) return false;
      // The billing event (`charge.past_due` or `charge.failed`) and the customer's notice, in
      // the transaction that records the outcome.
      const attempts = await attemptsOfIn(trx, id);
      await recordChargeEndedIn(trx, id, now, written, attempts);
      if (dunning && this.notices) await this.notices.recordIn(trx, { charge: toCharge(written)!, attempts }, dunning.notice, now);
      return true;
    };
    return this.inOneStep(async (trx) => {
      if (lastTry) await this.finishTryIn(trx, lastTry);
      if (!(await fail(trx))) throw new LeaseLost();
    });
  }

  /** Lets go of a charge that is still in flight, for the recovery job to look at after `settleAfter`. */
  async release(id: string, token: string, settleAfter: string, now: string): Promise<boolean> {
    const updated = await this.db('charges')
      .where({ id, locked_by: token, status: 'processing' })
      .update({ locked_by: null, locked_until: null, settle_after: settleAfter, updated_at: now });
    return updated === 1;
  }

  /** Records the previous try's result (a decline, or a try that failed with no money moved), renews
   * the holder's lease and records the next try, in one transaction; false when the lease was lost,
   * the previous try already had a result, or another worker already made a try with this number.
   * `next.card`: the card tried, counted by the card-network rules in this transaction (throws
   * CardNoLongerEligible, all rolled back, when they no longer allow it); `next.skipped`: the
   * charge's skipped cards as they now stand (JSON). */
  async startAttempt(token: string, lockedUntil: string, row: AttemptRow, previous?: AttemptFinish, next: { card?: RetryCard & { cardId: string }; skipped?: string | null } = {}): Promise<boolean> {
    return this.inOneStep(async (trx) => {
      if (previous) await this.finishTryIn(trx, previous);
      if (!(await this.renewIn(trx, row.charge_id, token, lockedUntil, row.created_at))) throw new LeaseLost();
      if (next.skipped !== undefined) await trx('charges').where({ id: row.charge_id }).update({ skipped: next.skipped });
      await this.insertTryIn(trx, row, next.card);
    });
  }

  /** A new try's row, counted by the card-network rules when its card is given. */
  async insertTryIn(trx: Knex.Transaction, row: AttemptRow, card?: RetryCard & { cardId: string }): Promise<void> {
    await trx('charge_attempts').insert(row);
    if (card && this.guard) await this.guard.reserveIn(trx, row, card);
  }

  /** A try's result, written once: a try that already had one means another worker holds the charge. */
  private async finishTryIn(trx: Knex.Transaction, finish: AttemptFinish): Promise<void> {
    const updated = await trx('charge_attempts').where({ id: finish.id, status: 'pending' }).update({ ...finish.result, updated_at: finish.at, completed_at: finish.at });
    if (updated !== 1) throw new LeaseLost();
    if (this.guard) await this.guard.recordResultIn(trx, { id: finish.id, cardId: finish.cardId ?? (await trx('charge_attempts').where({ id: finish.id }).first('card_id')).card_id }, finish.result, finish.at);
  }

  /** Runs the writes of one fallback step together: false (everything rolled back) when one of
   * them found the charge held by another worker. */
  private async inOneStep(writes: (trx: Knex.Transaction) => Promise<void>): Promise<boolean> {
    try {
      await this.db.transaction(writes);
      return true;
    } catch (error) {
      if (error instanceof LeaseLost || isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Stores the gateway's intent id for a try and renews the lease before the call that moves
   * money; false when the lease was lost (this worker then never confirms the intent). */
  async recordIntent(token: string, lockedUntil: string, attempt: { id: string; charge_id: string }, intentId: string, now: string): Promise<boolean> {
    if (this.db.client.config.client === 'pg') {
      // One statement, one round trip instead of four (BEGIN, two UPDATEs, COMMIT): both updates
      // run whatever the other finds, as in the transaction below, and commit together.
      const result = await this.db.raw(
        `with attempt as (update charge_attempts set intent_id = ?, updated_at = ? where id = ? and status = 'pending')
         update charges set locked_until = ?, updated_at = ? where id = ? and locked_by = ? and status = 'processing'`,
        [intentId, now, attempt.id, lockedUntil, now, attempt.charge_id, token],
      );
      return (result as { rowCount: number }).rowCount === 1;
    }
    return this.db.transaction(async (trx) => {
      await trx('charge_attempts').where({ id: attempt.id, status: 'pending' }).update({ intent_id: intentId, updated_at: now });
      return this.renewIn(trx, attempt.charge_id, token, lockedUntil, now);
    });
  }

  /** The try that paid, and with it the charge, in one transaction. */
  async finishPaid(token: string, attempt: { id: string; charge_id: string; card_id: string }, result: AttemptResult, now: string): Promise<boolean> {
    try {
      return await this.db.transaction(async (trx) => {
        const attemptDone = await trx('charge_attempts').where({ id: attempt.id, status: 'pending' }).update({ ...result, updated_at: now, completed_at: now });
        if (attemptDone !== 1) return false;
        if (this.guard) await this.guard.recordResultIn(trx, { id: attempt.id, cardId: attempt.card_id }, result, now);
        const [written] = await trx('charges')
          .where({ id: attempt.charge_id, locked_by: token, status: 'processing' })
          .update({ status: 'succeeded', card_id: attempt.card_id, locked_by: null, locked_until: null, settle_after: null, updated_at: now, completed_at: now })
          .returning('*');
        // Roll the attempt back too: the worker that holds the charge now settles it itself.
        if (!written) throw new LeaseLost();
        await recordChargeEndedIn(trx, attempt.charge_id, now, written);
        return true;
      });
    } catch (error) {
      if (error instanceof LeaseLost) return false;
      throw error;
    }
  }
}

class LeaseLost extends Error {}

/** How a round of a charge that keeps collecting ended with no card paying. */
export type DunningOutcome = { status: 'past_due'; since: string; nextRetryAt: string; notice: DunningNotice } | { status: 'failed'; notice: 'final' };

/** A new charge's first try, for whoever records the charge (this store, or the balance feature's
 * recorder) to write in the charge's own transaction: the row, and how to record it (the try
 * counted by the card-network rules with it). */
export interface FirstTry {
  row: AttemptRow;
  record(trx: Knex.Transaction): Promise<void>;
}
