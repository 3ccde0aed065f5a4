import { createHash } from 'node:crypto';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { AccountReads, AccountRow } from '../accounts/account-ports.js';
import { topupAmountProblem } from './rules/topup-amount.js';
import type { TopupAnswer } from './topup-answers.js';
import type { PayingCard } from './topup-cards.js';
import type { TopupFirstPayment } from './topup-first-payment.js';
import type { TopupKeys } from './topup-keys.js';
import type { TopupPayerChoice } from './topup-payer-choice.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupReplies } from './topup-replies.js';
import { newTopupRow, type TopupRow } from './topup-store.js';

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

/** `POST /v1/topups`: once per Idempotency-Key (the database's unique key, not only the HTTP
 * store), paid on session from one card, no fallback: the customer chose it. */
export class TopupCreation {
  constructor(
    private readonly deps: {
      accounts: AccountReads;
      keys: TopupKeys;
      payerChoice: TopupPayerChoice;
      firstPayment: TopupFirstPayment;
      /** The gateway's name and the lease the new row is written with. */
      payment: TopupPayment;
      replies: TopupReplies;
      clock: Clock;
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
    const existing = await this.deps.keys.find(accountId, idempotencyKey);
    if (existing) return this.deps.replies.sameKey(existing, requestHash);

    const id = newId('tu');
    const token = newId('lease');
    const newCard = request.paymentMethod
      ? { paymentMethod: request.paymentMethod, saveCard: request.saveCard ?? false, ...(request.holderName ? { holderName: request.holderName } : {}), ...(request.idType ? { idType: request.idType } : {}), ...(request.idNumber !== undefined ? { idNumber: request.idNumber } : {}) }
      : undefined;
    const { saved, payerId } = await this.deps.payerChoice.choose(account, request, newCard);
    const row = { ...this.newRow(account, { id, token, idempotencyKey, requestHash, amount: request.amount as number, paying: saved, saveCard: Boolean(newCard?.saveCard), returnUrl: request.returnUrl }), payer_id: payerId };
    if ((await this.deps.keys.insert(row)) !== 'inserted') return this.deps.replies.sameKey((await this.deps.keys.find(accountId, idempotencyKey))!, requestHash);
    // The row exists first, so a card refused when attached still leaves a cancelled top-up.
    const step = await this.deps.firstPayment.pay(account, row, token, newCard);
    return this.deps.replies.afterStep(id, step);
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
      this.deps.clock.now().toISOString(),
    );
  }

  private async account(accountId: string): Promise<AccountRow> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw notFound('account');
    return account;
  }
}

/** What makes two top-up requests with one key "the same". */
function topupRequestHash(request: TopupRequest): string {
  const fields: unknown[] = [request.amount, request.cardId ?? null, request.paymentMethod ?? null, request.saveCard ?? false, request.idType ?? null, request.idNumber ?? null, request.returnUrl ?? null];
  // Only a payer or a holder name given joins the hash, so the hashes of earlier top-ups hold.
  if (request.payerId !== undefined) fields.push({ payer: request.payerId });
  if (request.holderName !== undefined) fields.push({ holder: request.holderName });
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}
