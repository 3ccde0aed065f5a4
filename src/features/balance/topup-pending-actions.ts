import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { TopupAnswer } from './topup-answers.js';
import type { NewCardAfterPayment } from './topup-new-card-after-payment.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupReplies } from './topup-replies.js';
import type { TopupRow, TopupStore } from './topup-store.js';
import { toTopupResponse, type TopupResponse } from './topup-view.js';

/** `POST /v1/topups/{id}/confirm` and `…/cancel`: the customer finishes, or drops, a top-up still
 * `new` (typically waiting on its 3-D Secure page). */
export class PendingTopupActions {
  constructor(
    private readonly deps: { topups: TopupStore; payment: TopupPayment; replies: TopupReplies; newCardAfter: NewCardAfterPayment; clock: Clock; logger: Logger },
  ) {}

  /** After the 3-D Secure page: the gateway's record decides. */
  async confirm(accountId: string, topupId: string): Promise<TopupAnswer> {
    const topup = await this.owned(accountId, topupId);
    if (topup.status !== 'new') return this.deps.replies.answer(topup, 'finished');
    const token = newId('lease');
    if (!(await this.deps.topups.claim(topup.id, token, this.deps.payment.leaseUntil(), this.now(), false))) return this.deps.replies.answer(topup, 'lost');
    const step = await this.deps.payment.settle(topup, token, false);
    return this.deps.replies.afterStep(topup.id, step);
  }

  /** A top-up still `new` is cancelled, its intent canceled at the gateway first. */
  async cancel(accountId: string, topupId: string): Promise<TopupResponse> {
    const topup = await this.owned(accountId, topupId);
    const token = newId('lease');
    if (topup.status !== 'new' || !(await this.deps.topups.claim(topup.id, token, this.deps.payment.leaseUntil(), this.now(), false))) {
      throw notCancellable(topup.status === 'new' ? 'it is being paid right now' : `it is already ${topup.status}`);
    }
    try {
      await this.deps.payment.cancelUnconfirmed(topup, { failure_code: 'cancelled_by_customer', decline_code: null, gateway_code: null, gateway_decline_code: null, failure_message: 'You cancelled this top-up. Nothing was charged.', gateway_request_id: null });
    } catch (error) {
      // The gateway refused to cancel: most likely the payment just went through. The settler
      // reads the intent and credits it if so.
      this.deps.logger.warn({ topup_id: topup.id, err: error instanceof Error ? error.message : String(error) }, 'top-up cancel refused at the gateway');
      await this.deps.topups.release(topup.id, token, this.now(), this.now());
      throw notCancellable('the payment may already have gone through; read it again shortly');
    }
    const cancelled = (await this.deps.topups.findById(topup.id))!;
    await this.deps.newCardAfter.afterPayment(cancelled);
    return toTopupResponse(cancelled);
  }

  /** Both go on to claim the top-up: read on the writer. */
  private async owned(accountId: string, topupId: string): Promise<TopupRow> {
    const topup = await this.deps.topups.findById(topupId);
    if (!topup || topup.account_id !== accountId) throw notFound('top-up');
    return topup;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

const notCancellable = (why: string) => new AppError('topup_not_cancellable', `This top-up cannot be cancelled: ${why}.`);
