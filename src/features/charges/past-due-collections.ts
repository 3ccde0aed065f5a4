import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { ChargeFallback } from './charge-fallback.js';
import { AppError, notFound } from '../../errors.js';
import type { AttemptRow, ChargeRow } from './charge-rows.js';
import type { ChargeStore } from './charge-store.js';
import type { DunningStore } from './dunning-store.js';
import type { CollectionResult, CollectionTrigger, DunningStep, PastDueCharge, PastDueCharges, PastDueSummary } from './past-due.js';

const BATCH_SIZE = 20;

/**
 * Past-due charges: the job that retries them on DUNNING_SCHEDULE, the collection a change on the
 * account starts at once (a card added, an expiry updated, a top-up paid, "Pay now"), and the
 * reads other features show. Each round is a full fallback under the card-network rules, run by
 * whoever started it (`startRound` lets one worker only); its end (paid, past due again with its
 * notice, or failed for good with the last one) is written by the charge store.
 */
export class PastDueCollections implements PastDueCharges {
  constructor(
    private readonly store: DunningStore,
    /** The charge and its tries, read as every charge is (the charge store's reads). */
    private readonly charges: Pick<ChargeStore, 'findById' | 'attemptsOf'>,
    private readonly fallback: ChargeFallback,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** A canceled charge's balance part goes back (the balance feature's reversal). */
    private readonly afterCanceled: (charge: ChargeRow) => Promise<unknown> = async () => undefined,
  ) {}

  /** Billing ends a past-due charge (the invoice was voided or paid elsewhere): `canceled`, with
   * its event; a charge in a retry round right now, or already ended, is refused (409). */
  async cancel(accountId: string, chargeId: string): Promise<{ charge: ChargeRow; attempts: AttemptRow[] }> {
    const { canceled, charge } = await this.store.cancel(accountId, chargeId, this.now());
    if (!charge) throw notFound('charge');
    if (!canceled) {
      const running = charge.status === 'processing';
      throw new AppError(
        'charge_not_past_due',
        running
          ? 'A retry of this charge is running right now. Try again in a few seconds: if it paid, the charge is succeeded and cannot be canceled; if not, it is past due again.'
          : `Only a past-due charge can be canceled; this one is ${charge.status}.`,
        running ? { headers: { 'Retry-After': '5' } } : {},
      );
    }
    await this.afterCanceled(charge);
    this.logger.info({ charge_id: chargeId, account_id: accountId }, 'past-due charge canceled');
    return { charge, attempts: await this.charges.attemptsOf([chargeId]) };
  }

  /** The schedule's job: retries the charges whose time has come; how many it retried. */
  async runOnce(): Promise<number> {
    const now = this.now();
    const due = await this.store.findDue(now, BATCH_SIZE);
    let retried = 0;
    for (const charge of due) if ((await this.runRound(charge.id, now)) !== undefined) retried += 1;
    return retried;
  }

  async collectNow(accountId: string, why: CollectionTrigger): Promise<CollectionResult> {
    const ids = await this.store.pastDueIdsOf(accountId);
    const collected: CollectionResult['collected'] = [];
    for (const id of ids) {
      const status = await this.runRound(id);
      if (status) collected.push({ charge_id: id, status });
    }
    if (ids.length > 0) this.logger.info({ account_id: accountId, trigger: why, charges: collected }, 'past-due charges collected at once');
    return { collected, past_due: await this.summaryOf(accountId) };
  }

  async summaryOf(accountId: string): Promise<PastDueSummary | null> {
    const open = await this.store.openOf(accountId);
    if (open.length === 0) return null;
    const currency = open[0]!.currency;
    const same = open.filter((charge) => charge.currency === currency);
    return { since: open[0]!.past_due_since!, amount: same.reduce((sum, charge) => sum + charge.amount, 0), currency, charge_ids: same.map((charge) => charge.id) };
  }

  async listOf(accountId: string): Promise<PastDueCharge[]> {
    const open = await this.store.openOf(accountId);
    const attempts = await this.charges.attemptsOf(open.map((charge) => charge.id));
    return open.map((charge) => {
      const mine = attempts.filter((attempt) => attempt.charge_id === charge.id);
      const lastRound = Math.max(0, ...mine.filter((attempt) => attempt.status !== 'pending').map((attempt) => attempt.round ?? 0));
      return {
        id: charge.id,
        amount: charge.amount,
        currency: charge.currency,
        description: charge.description,
        past_due_since: charge.past_due_since!,
        next_retry_at: charge.status === 'past_due' ? (charge.next_retry_at ?? null) : null,
        last_failures: mine
          .filter((attempt) => (attempt.round ?? 0) === lastRound && (attempt.status === 'declined' || attempt.status === 'error'))
          .map((attempt) => ({ card_id: attempt.card_id, last4: attempt.last4, brand: attempt.brand, decline_code: attempt.decline_code, advice_code: attempt.advice_code ?? null, message: attempt.message })),
      };
    });
  }

  async timelineOf(chargeId: string): Promise<DunningStep[]> {
    const charge = await this.charges.findById(chargeId);
    if (!charge || charge.on_failure !== 'retry') return [];
    const steps: DunningStep[] = [
      ...(await this.charges.attemptsOf([chargeId])).map((attempt): DunningStep => ({
        kind: 'attempt',
        round: attempt.round ?? 0,
        at: attempt.created_at,
        card_id: attempt.card_id,
        last4: attempt.last4,
        result: attempt.status,
        decline_code: attempt.decline_code,
        advice_code: attempt.advice_code ?? null,
        message: attempt.message,
      })),
      ...(await this.store.noticesOf(chargeId)).map((notice): DunningStep => ({ kind: 'notice', round: notice.round, at: notice.created_at, channel: notice.channel, notice: notice.notice, message_id: notice.message_id })),
    ];
    if ((charge.status === 'succeeded' || charge.status === 'failed' || charge.status === 'canceled') && charge.completed_at) {
      steps.push({ kind: 'ended', round: charge.dunning_round ?? 0, at: charge.completed_at, status: charge.status });
    }
    // Stable: within one instant, a round's tries come before its notice.
    return steps.sort((a, b) => a.round - b.round || a.at.localeCompare(b.at));
  }

  /** One round of a past-due charge, if this worker gets to start it (`dueBy`: only once its
   * retry time has come). The charge's status after it; undefined when another worker had it. */
  private async runRound(chargeId: string, dueBy?: string): Promise<ChargeRow['status'] | undefined> {
    const token = newId('lease');
    if (!(await this.store.startRound(chargeId, token, this.fallback.leaseUntil(), this.now(), dueBy))) return undefined;
    await this.fallback.resume(chargeId, token);
    return (await this.charges.findById(chargeId))?.status;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
