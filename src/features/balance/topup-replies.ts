import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { BalanceLedger } from './balance-ledger.js';
import { topupAnswer, type TopupAnswer } from './topup-answers.js';
import type { NewCardAfterPayment } from './topup-new-card-after-payment.js';
import type { TopupPayment, TopupStep } from './topup-payment.js';
import type { TopupRow, TopupStore } from './topup-store.js';
import { toTopupResponse } from './topup-view.js';

/** How a top-up request is answered: after a payment step (the top-up read back, a new card's
 * close made), and when its Idempotency-Key comes again. */
export class TopupReplies {
  constructor(
    private readonly deps: { topups: TopupStore; ledger: BalanceLedger; payment: TopupPayment; newCardAfter: NewCardAfterPayment; clock: Clock },
  ) {}

  /** After a payment step: the top-up as it stands now, its new card (if any) closed. */
  async afterStep(topupId: string, step: TopupStep): Promise<TopupAnswer> {
    const settled = (await this.deps.topups.findById(topupId))!;
    await this.deps.newCardAfter.afterPayment(settled);
    return this.answer(settled, step);
  }

  /** A top-up request whose key already made `topup`. */
  async sameKey(topup: TopupRow, requestHash: string): Promise<TopupAnswer> {
    if (topup.request_hash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different top-up. Use a new key for a new top-up.');
    }
    if (topup.status !== 'new') return this.replay(topup);
    const now = this.deps.clock.now();
    if (topup.locked_by !== null && topup.locked_until !== null && topup.locked_until >= now.toISOString()) {
      // Held: by the request that made it (still paying, or stopped by a crash: its hold runs out
      // on its own), or by the settler. Say how long at most, not "1 s" for a minute.
      // The hold lasts up to and including locked_until: a retry after Retry-After finds it free.
      const seconds = Math.max(1, Math.floor((Date.parse(topup.locked_until) - now.getTime()) / 1000) + 1);
      throw new AppError(
        'idempotency_key_in_use',
        `This top-up is still being paid by an earlier request with this Idempotency-Key (or that request stopped, and it is taken over within ${seconds} seconds). Retry with the same key after Retry-After to get its result.`,
        { headers: { 'Retry-After': String(seconds) }, body: { topup: toTopupResponse(topup) } },
      );
    }
    // Nobody holds it: the request that made it ended without an answer (a crash, a lost lease) or
    // left it to the settler. As a resumed request at Stripe would, this one settles it now from the
    // gateway's record (never confirming it again) and answers how it ended.
    const token = newId('lease');
    if (!(await this.deps.topups.claim(topup.id, token, this.deps.payment.leaseUntil(), this.now(), false))) {
      return this.answer((await this.deps.topups.findById(topup.id))!, 'lost');
    }
    const step = await this.deps.payment.settle(topup, token, false);
    return this.afterStep(topup.id, step);
  }

  async answer(topup: TopupRow, step: TopupStep): Promise<TopupAnswer> {
    const balance = await this.deps.ledger.find(topup.account_id);
    return topupAnswer(topup, step, balance?.available ?? 0);
  }

  /** A finished top-up asked for again with its key: the first answer, marked as a replay. A paid
   * one shows the balance as its credit left it, not as it stands now, as the first answer did. */
  private async replay(topup: TopupRow): Promise<TopupAnswer> {
    const credit = topup.status === 'paid' ? await this.deps.ledger.entryOfTopup(topup.id) : undefined;
    const available = credit?.balance_after ?? (await this.deps.ledger.find(topup.account_id))?.available ?? 0;
    return topupAnswer(topup, 'finished', available, true);
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
