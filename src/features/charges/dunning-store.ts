import type { Knex } from 'knex';
import { recordChargeEndedIn } from './charge-events.js';
import { toCharge, type ChargeRow } from './charge-rows.js';

/** A notice row, for support's timeline. */
export interface NoticeRow {
  round: number;
  notice: 'first_failure' | 'retry_failed' | 'final';
  channel: 'email' | 'sms';
  message_id: string;
  created_at: string;
}

/**
 * The SQL of past-due charges. A round starts with a conditional UPDATE from `past_due` to
 * `processing` under a lease (the charge store's own lease columns), so of two instances, or of the
 * job and a customer's collection, exactly one runs each round; from there on the charge is an
 * ordinary charge in flight, which charge recovery resumes if its worker dies.
 */
export class DunningStore {
  constructor(private readonly db: Knex) {}

  /** Past-due charges whose next retry has come, oldest retry first. */
  async findDue(now: string, limit: number): Promise<Array<Pick<ChargeRow, 'id' | 'account_id'>>> {
    return this.db('charges').where({ status: 'past_due' }).andWhere('next_retry_at', '<=', now).orderBy('next_retry_at').limit(limit).select('id', 'account_id');
  }

  async pastDueIdsOf(accountId: string): Promise<string[]> {
    return (await this.db('charges').where({ account_id: accountId, status: 'past_due' }).orderBy('past_due_since').select('id')).map((row: { id: string }) => row.id);
  }

  /** Starts the charge's next round for `token`: only a past-due charge (and, for the schedule,
   * only once its retry time has come: `dueBy`). False when another worker started it, or it ended. */
  async startRound(id: string, token: string, lockedUntil: string, now: string, dueBy?: string): Promise<boolean> {
    const query = this.db('charges').where({ id, status: 'past_due' });
    if (dueBy) query.andWhere('next_retry_at', '<=', dueBy);
    const updated = await query.update({
      status: 'processing',
      dunning_round: this.db.raw('dunning_round + 1'),
      next_retry_at: null,
      skipped: null,
      locked_by: token,
      locked_until: lockedUntil,
      settle_after: null,
      updated_at: now,
    });
    return updated === 1;
  }

  /** Ends a past-due charge as canceled, with its billing event, in one transaction; the charge as
   * it stands either way (undefined when it does not exist on the account). */
  async cancel(accountId: string, id: string, now: string): Promise<{ canceled: boolean; charge?: ChargeRow }> {
    return this.db.transaction(async (trx) => {
      const updated = await trx('charges').where({ id, account_id: accountId, status: 'past_due' }).update({ status: 'canceled', next_retry_at: null, updated_at: now, completed_at: now });
      if (updated === 1) await recordChargeEndedIn(trx, id, now);
      const charge = toCharge(await trx('charges').where({ id, account_id: accountId }).first());
      return { canceled: updated === 1, ...(charge ? { charge } : {}) };
    });
  }

  /** Charges past due now or in a retry round (status processing, past_due_since set), oldest first. */
  async openOf(accountId: string): Promise<ChargeRow[]> {
    const rows = await this.db('charges').where({ account_id: accountId }).whereNotNull('past_due_since').whereIn('status', ['past_due', 'processing']).orderBy('past_due_since');
    return rows.map((row: Record<string, unknown>) => toCharge(row)!);
  }

  async noticesOf(chargeId: string): Promise<NoticeRow[]> {
    const rows = await this.db('charge_notices').where({ charge_id: chargeId }).orderBy([{ column: 'created_at' }, { column: 'channel' }]).select('round', 'notice', 'channel', 'message_id', 'created_at');
    return rows.map((row: NoticeRow) => ({ ...row, round: Number(row.round) }));
  }
}
