import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { AccountReads, AccountRow } from '../accounts/account-ports.js';
import type { BalanceBook } from './balance-book.js';
import type { BalanceLedger } from './balance-ledger.js';
import { topupAmountProblem } from './rules/topup-amount.js';
import { newTopupNumber } from './rules/topup-number.js';
import { topupAnswer, type TopupAnswer } from './topup-answers.js';
import type { PayingCard, TopupCards } from './topup-cards.js';
import type { NewCardInput, NewCardTopups, Prepared } from './topup-new-card.js';
import type { NewCardAfterPayment } from './topup-new-card-after-payment.js';
import { plainFailure } from './rules/topup-failures.js';
import type { TopupEnds } from './topup-ends.js';
import type { TopupPayment, TopupStep } from './topup-payment.js';
import { newTopupRow, type TopupRow, type TopupStore } from './topup-store.js';
import { toTopupResponse, type TopupResponse } from './topup-view.js';
import type { PayerDirectory } from '../payers/payer-service.js';

export interface TopupRequest {
  amount: unknown;
  cardId?: string;
  paymentMethod?: string;
  saveCard?: boolean;
  holderName?: string;
  idType?: 'RUT' | 'OTRO';
  idNumber?: string;
  returnUrl?: string;
  /** Whose card pays and who gets the receipt; the default payer when absent. */
  payerId?: string;
}

/** `POST /v1/topups` and what follows: once per Idempotency-Key (the database's unique key, not
 * only the HTTP store), paid on session from one card, no fallback: the customer chose it. */
export class TopupService {
  constructor(
    private readonly deps: {
      db: Knex;
      accounts: AccountReads;
      topups: TopupStore;
      ledger: BalanceLedger;
      book: BalanceBook;
      cards: TopupCards;
      payers: PayerDirectory;
      newCards: NewCardTopups;
      newCardAfter: NewCardAfterPayment;
      payment: TopupPayment;
      ends: TopupEnds;
      clock: Clock;
      logger: Logger;
      publicBaseUrl: string;
    },
  ) {}

  async create(accountId: string, idempotencyKey: string, request: TopupRequest): Promise<TopupAnswer> {
    const account = await this.account(accountId);
    if (account.status !== 'active') {
      throw new AppError('account_not_active', 'Only an active account tops up: add and verify a card first (POST /v1/cards).');
    }
    const problem = topupAmountProblem(request.amount, account.currency);
    if (problem) throw new AppError('invalid_amount', problem, { errors: [{ field: 'amount', message: problem }] });
    if (request.cardId && request.paymentMethod) {
      const message = 'give card_id (a saved card) or payment_method (a new one), not both';
      throw new AppError('validation_failed', `The request body is invalid: ${message}.`, { errors: [{ field: 'payment_method', message }] });
    }
    const requestHash = topupRequestHash(request);
    const existing = await this.deps.topups.findByKey(accountId, idempotencyKey);
    if (existing) return this.existing(existing, requestHash);

    const id = newId('tu');
    const token = newId('lease');
    const newCard = request.paymentMethod
      ? { paymentMethod: request.paymentMethod, saveCard: request.saveCard ?? false, ...(request.holderName ? { holderName: request.holderName } : {}), ...(request.idType ? { idType: request.idType } : {}), ...(request.idNumber !== undefined ? { idNumber: request.idNumber } : {}) }
      : undefined;
    // The payer named must be the account's (404); its cards alone may pay.
    const named = request.payerId !== undefined ? await this.deps.payers.get(accountId, request.payerId) : undefined;
    if (newCard) await this.deps.newCards.check(account, newCard);
    const saved = newCard ? undefined : { ...(await this.deps.cards.payingCard(accountId, request.cardId, this.deps.clock.now(), named?.id)), historyId: null, saved: true };
    // A saved card's payer; a new card joins (or pays once for) the payer named or the default one.
    const payerId = named?.id ?? saved?.payerId ?? (await this.deps.payers.defaultOf(accountId))?.id ?? null;
    const row = { ...this.newRow(account, { id, token, idempotencyKey, requestHash, amount: request.amount as number, paying: saved, saveCard: Boolean(newCard?.saveCard), returnUrl: request.returnUrl }), payer_id: payerId };
    if ((await this.insert(row)) !== 'inserted') return this.existing((await this.deps.topups.findByKey(accountId, idempotencyKey))!, requestHash);
    // The row exists first, so a card refused when attached still leaves a cancelled top-up.
    const step = newCard ? await this.payWithNewCard(account, row, token, newCard) : await this.deps.payment.pay(row, token);
    const settled = (await this.deps.topups.findById(id))!;
    await this.deps.newCardAfter.afterPayment(settled);
    return this.answer(settled, step);
  }

  private async payWithNewCard(account: AccountRow, row: TopupRow, token: string, input: NewCardInput): Promise<TopupStep> {
    let prepared: Prepared;
    try {
      prepared = await this.deps.newCards.prepare(account, row.id, input);
    } catch (error) {
      // Refused before any payment (unknown payment method, gateway down, card limit): nothing
      // was charged; the top-up ends here and the refusal is the answer.
      const message = error instanceof AppError ? error.detail : 'The payment could not be started; nothing was charged.';
      await this.deps.ends.cancelled(row.id, plainFailure('interrupted', message));
      throw error;
    }
    if (prepared.kind === 'declined') {
      await this.deps.topups.update(row.id, token, { history_id: prepared.historyId }, this.now());
      await this.deps.ends.cancelled(row.id, prepared.failure);
      return 'finished';
    }
    const card = prepared.card;
    const details = { gateway_customer_id: card.customerId, gateway_payment_method_id: card.paymentMethodId, brand: card.brand, last4: card.last4, history_id: card.historyId, card_id: input.saveCard ? card.id : null };
    if (!(await this.deps.topups.update(row.id, token, details, this.now()))) return 'lost';
    return this.deps.payment.pay({ ...row, ...details }, token);
  }

  /** After the 3-D Secure page: the gateway's record decides. */
  async confirm(accountId: string, topupId: string): Promise<TopupAnswer> {
    const topup = await this.owned(accountId, topupId);
    if (topup.status !== 'new') return this.answer(topup, 'finished');
    const token = newId('lease');
    if (!(await this.deps.topups.claim(topup.id, token, this.deps.payment.leaseUntil(), this.now(), false))) return this.answer(topup, 'lost');
    const step = await this.deps.payment.settle(topup, token, false);
    const settled = (await this.deps.topups.findById(topup.id))!;
    await this.deps.newCardAfter.afterPayment(settled);
    return this.answer(settled, step);
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

  async get(accountId: string, topupId: string): Promise<TopupResponse> {
    return toTopupResponse(await this.read(accountId, topupId));
  }

  async list(accountId: string, page: { limit: number; startingAfter?: string }): Promise<{ data: TopupResponse[]; has_more: boolean }> {
    const after = page.startingAfter ? await this.read(accountId, page.startingAfter) : undefined;
    const rows = await this.deps.topups.list(accountId, { limit: page.limit + 1, ...(after ? { startingAfter: after } : {}) });
    return { data: rows.slice(0, page.limit).map(toTopupResponse), has_more: rows.length > page.limit };
  }

  private async existing(topup: TopupRow, requestHash: string): Promise<TopupAnswer> {
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
    const settled = (await this.deps.topups.findById(topup.id))!;
    await this.deps.newCardAfter.afterPayment(settled);
    return this.answer(settled, step);
  }

  /** A finished top-up asked for again with its key: the first answer, marked as a replay. A paid
   * one shows the balance as its credit left it, not as it stands now, as the first answer did. */
  private async replay(topup: TopupRow): Promise<TopupAnswer> {
    const credit = topup.status === 'paid' ? await this.deps.ledger.entryOfTopup(topup.id) : undefined;
    const available = credit?.balance_after ?? (await this.deps.ledger.find(topup.account_id))?.available ?? 0;
    return topupAnswer(topup, 'finished', available, true);
  }

  private async answer(topup: TopupRow, step: TopupStep): Promise<TopupAnswer> {
    const balance = await this.deps.ledger.find(topup.account_id);
    return topupAnswer(topup, step, balance?.available ?? 0);
  }

  /** The row is written under the account lock with the currency read there, so a currency change
   * (refused while a top-up is pending) cannot slip in between. */
  private async insert(row: TopupRow): Promise<'inserted' | 'duplicate_key'> {
    for (let tries = 0; ; tries += 1) {
      const result = await this.deps.db.transaction(async (trx) => {
        const account = await this.deps.book.lock(trx, row.account_id);
        if (account!.currency !== row.currency) throw new AppError('conflict', 'The account changed its currency while this top-up was being made. Send it again.');
        // Under the lock a same-key top-up made meanwhile is visible: no unique violation needed.
        if (await trx('topups').where({ account_id: row.account_id, idempotency_key: row.idempotency_key }).first('id')) return 'duplicate_key' as const;
        return this.deps.topups.insert(row, trx);
      });
      if (result !== 'duplicate_number' || tries >= 5) return result === 'duplicate_number' ? 'duplicate_key' : result;
      row.number = newTopupNumber();
    }
  }

  private newRow(
    account: AccountRow,
    input: { id: string; token: string; idempotencyKey: string; requestHash: string; amount: number; paying: (PayingCard & { saved: boolean; historyId: string | null }) | undefined; saveCard: boolean; returnUrl: string | undefined },
  ): TopupRow {
    return newTopupRow(
      {
        id: input.id,
        account_id: account.id,
        idempotency_key: input.idempotencyKey,
        request_hash: input.requestHash,
        amount: input.amount,
        currency: account.currency,
        triggered_by: 'customer',
        // A new card's details are filled in once it is attached.
        card_id: input.paying?.id ?? null,
        save_card: input.saveCard,
        gateway: this.deps.payment.gatewayName,
        gateway_customer_id: input.paying?.customerId ?? null,
        gateway_payment_method_id: input.paying?.paymentMethodId ?? null,
        brand: input.paying?.brand ?? null,
        last4: input.paying?.last4 ?? null,
        return_url: input.returnUrl ?? `${this.deps.publicBaseUrl}/v1/topups/${input.id}/authentication-return`,
        locked_by: input.token,
        locked_until: this.deps.payment.leaseUntil(),
      },
      this.now(),
    );
  }

  /** For the GETs: one query, on the read connections. */
  private async read(accountId: string, topupId: string): Promise<TopupRow> {
    const topup = await this.deps.topups.readOwned(accountId, topupId);
    if (!topup) throw notFound('top-up');
    return topup;
  }

  /** For confirm and cancel, which go on to claim the top-up: on the writer. */
  private async owned(accountId: string, topupId: string): Promise<TopupRow> {
    const topup = await this.deps.topups.findById(topupId);
    if (!topup || topup.account_id !== accountId) throw notFound('top-up');
    return topup;
  }

  private async account(accountId: string): Promise<AccountRow> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw notFound('account');
    return account;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

const notCancellable = (why: string) => new AppError('topup_not_cancellable', `This top-up cannot be cancelled: ${why}.`);

/** What makes two top-up requests with one key "the same". */
function topupRequestHash(request: TopupRequest): string {
  const fields: unknown[] = [request.amount, request.cardId ?? null, request.paymentMethod ?? null, request.saveCard ?? false, request.idType ?? null, request.idNumber ?? null, request.returnUrl ?? null];
  // Only a payer or a holder name given joins the hash, so the hashes of earlier top-ups hold.
  if (request.payerId !== undefined) fields.push({ payer: request.payerId });
  if (request.holderName !== undefined) fields.push({ holder: request.holderName });
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}
