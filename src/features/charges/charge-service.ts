import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { isSupportedCurrency, normalizeCurrency } from '../../money/currencies.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { IDEMPOTENT_REPLAYED, isReplayableResponse } from '../../http/idempotency-rules.js';
import type { ChargeFallback, ChargeProgress, FallbackStop } from './charge-fallback.js';
import type { ChargeableCards } from './chargeable-cards.js';
import { CardNoLongerEligible } from './card-retry-store.js';
import type { OnFailure } from './charge-rows.js';
import type { AttemptRow, ChargeFailureCode, ChargeRow, ChargeSource, ChargeState, ChargeStore, FirstTry } from './charge-store.js';
import { toChargeResponse, type ChargeResponse } from './charge-view.js';
import { chargeAmountProblem } from './rules/charge-amount.js';
import { chargeRequestHash } from './rules/charge-request-hash.js';

export interface ChargeRequest {
  accountId: string;
  idempotencyKey: string;
  amount: unknown;
  currency?: string;
  description?: string;
  reference?: string;
  source?: ChargeSource;
  /** Whose cards pay: that payer's only; the account's default payer when absent. */
  payerId?: string;
  /** `retry`: when no card pays, the charge stays past due and is retried (dunning). */
  onFailure?: OnFailure;
}

/** Records a new charge with its first try (when the cards pay a part), in one transaction; the
 * `ChargeRecording` takes a part first (`AmountTakenFirst`, the balance) in it too. Answers the charge and tries as recorded;
 * undefined when the account already has a charge for the key. */
export interface ChargeRecorder {
  insert(charge: ChargeRow, source: ChargeSource, firstTry?: FirstTry): Promise<ChargeState | undefined>;
}

/** A charge's answer: the 201 body, and for a replay of a finished charge the header that says
 * so (as a top-up's answer and a replayed charge's problem carry it). */
export interface ChargeAnswer {
  body: ChargeResponse;
  headers?: Readonly<Record<string, string>>;
}

export class ChargeService {
  constructor(
    private readonly store: ChargeStore,
    private readonly accounts: AccountReads,
    private readonly wallets: ChargeableCards,
    private readonly fallback: ChargeFallback,
    private readonly clock: Clock,
    private readonly limits: { maxAmountUsd: number },
    private readonly recorder: ChargeRecorder = { insert: (charge, _source, firstTry) => store.insert(charge, firstTry) },
  ) {}

  /**
   * Charges the account once per idempotency key. The first request for a key records the charge
   * (holding its lease) with its first try, and runs the fallback; any other request for that key,
   * from a retry or a second worker, only reads the charge: it never runs a second fallback. The
   * charge row is the key's record: a finished charge is answered again as a replay (with
   * `Idempotent-Replayed`), whoever asks.
   */
  async charge(request: ChargeRequest): Promise<ChargeAnswer> {
    // One read before the transactions: the account's currency with its wallet, for the first try.
    const account = await this.wallets.accountWithWallet(request.accountId, request.payerId);
    if (!account) throw notFound('account');
    if (request.payerId !== undefined && account.payerId === null) throw notFound('payer');
    const currency = normalizeCurrency(request.currency ?? account.currency);
    if (!isSupportedCurrency(currency)) {
      throw new AppError('unsupported_currency', `${request.currency} is not supported. See GET /v1/reference/currencies for the list.`);
    }
    const amountProblem = chargeAmountProblem(request.amount, currency, this.limits.maxAmountUsd);
    if (amountProblem) throw new AppError('invalid_amount', amountProblem, { errors: [{ field: 'amount', message: amountProblem }] });
    const amount = request.amount as number;
    // The request as given (currency too, so that a retry after the account changed its currency
    // still reads as the same request).
    const requestHash = chargeRequestHash({ ...request, amount, currency: request.currency ?? '' });

    const now = this.clock.now();
    const token = newId('lease');
    const charge: ChargeRow = {
      id: newId('ch'),
      account_id: request.accountId,
      idempotency_key: request.idempotencyKey,
      request_hash: requestHash,
      amount,
      currency,
      description: request.description ?? null,
      reference: request.reference ?? null,
      status: 'processing',
      failure_code: null,
      card_id: null,
      payer_id: account.payerId,
      on_failure: request.onFailure ?? 'fail',
      dunning_round: 0,
      locked_by: token,
      locked_until: this.fallback.leaseUntil(),
      settle_after: null,
      recovery_passes: 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      completed_at: null,
    };
    const source = request.source ?? 'cards';
    // The balance alone never needs a card.
    const first = source === 'balance' ? { skipped: [] } : await this.fallback.firstTry(charge, account.wallet);
    const row: ChargeRow = first.skipped.length > 0 ? { ...charge, skipped: JSON.stringify(first.skipped) } : charge;
    let recorded: ChargeState | undefined;
    try {
      recorded = await this.recorder.insert(row, source, first.firstTry);
    } catch (error) {
      if (!(error instanceof CardNoLongerEligible)) throw error;
      // The first card stopped being eligible before its try was recorded (another charge took the
      // last try its window allowed): the charge is recorded without a try, and the fallback
      // chooses again from a fresh read.
      recorded = await this.recorder.insert(row, source);
    }
    if (!recorded) return this.existing(request.accountId, request.idempotencyKey, requestHash);

    // Paid from the balance in full: nothing left for the cards.
    const progress: ChargeProgress = recorded.charge.status === 'processing' ? await this.fallback.advance(recorded, token) : { stop: 'finished', ...recorded };
    if (progress.stop === 'lost') {
      // Another worker holds the charge now: answer it as it stands.
      const current = (await this.store.findById(charge.id))!;
      return { body: this.answer(current, await this.store.attemptsOf([charge.id]), 'lost') };
    }
    return { body: this.answer(progress.charge, progress.attempts, progress.stop) };
  }

  async get(accountId: string, chargeId: string): Promise<ChargeResponse> {
    await this.requireAccount(accountId);
    const charge = await this.store.findById(chargeId);
    if (!charge || charge.account_id !== accountId) throw notFound('charge');
    return toChargeResponse(charge, await this.store.attemptsOf([charge.id]));
  }

  async list(accountId: string, page: { limit: number; startingAfter?: string }): Promise<{ data: ChargeResponse[]; has_more: boolean }> {
    await this.requireAccount(accountId);
    let after: ChargeRow | undefined;
    if (page.startingAfter) {
      after = await this.store.findById(page.startingAfter);
      if (!after || after.account_id !== accountId) throw notFound('charge');
    }
    const charges = await this.store.list(accountId, { limit: page.limit + 1, ...(after ? { startingAfter: after } : {}) });
    const shown = charges.slice(0, page.limit);
    const attempts = await this.store.attemptsOf(shown.map((charge) => charge.id));
    return {
      data: shown.map((charge) => toChargeResponse(charge, attempts.filter((attempt) => attempt.charge_id === charge.id))),
      has_more: charges.length > page.limit,
    };
  }

  /** Another request made this charge: answer with it as it stands. A finished charge's answer is
   * a replay of the first one (marked as such, as the generic idempotency layer marks its replays,
   * and like it not for a 5xx); one still processing is answered as it stands. */
  private async existing(accountId: string, idempotencyKey: string, requestHash: string): Promise<ChargeAnswer> {
    const charge = await this.store.findByKey(accountId, idempotencyKey);
    if (!charge) throw chargeInUse(); // not visible yet to this reader: the other request is running
    if (charge.request_hash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different charge on this account. Use a new key for a new charge.');
    }
    const heldByAWorker = charge.locked_by !== null && charge.locked_until !== null && charge.locked_until >= this.clock.now().toISOString();
    const attempts = await this.store.attemptsOf([charge.id]);
    return { body: this.answer(charge, attempts, heldByAWorker ? 'lost' : 'unknown', true), headers: IDEMPOTENT_REPLAYED };
  }

  /** 201 body for a paid charge; the matching problem (with the charge) for everything else.
   * `replay`: the answer of a finished charge to a later request for its key. */
  private answer(charge: ChargeRow, attempts: readonly AttemptRow[], stop: FallbackStop, replay = false): ChargeResponse {
    const view = toChargeResponse(charge, attempts);
    if (charge.status === 'succeeded') return view;
    if (charge.status === 'past_due') {
      // Nothing paid yet, but the charge stays open: 402 with the charge and when it is tried next.
      const code = charge.failure_code === 'no_usable_card' ? 'no_usable_card' : 'all_cards_declined';
      const detail = `${FAILED_CHARGE_DETAILS[code]} The charge is past due: it is retried at next_retry_at (DUNNING_SCHEDULE), the customer was told and sent a pay link, and its outcome comes as a billing event (charge.succeeded, charge.failed or charge.canceled).`;
      throw new AppError(code, detail, { body: { charge: view }, ...(replay ? { headers: IDEMPOTENT_REPLAYED } : {}) });
    }
    if (charge.status === 'failed' || charge.status === 'canceled') {
      const code = charge.failure_code ?? 'all_cards_declined';
      const failed = new AppError(code, FAILED_CHARGE_DETAILS[code], { body: { charge: view } });
      // Marked as the generic idempotency layer marks its replays: not a 5xx (gateway_error), which it never kept.
      if (!replay || !isReplayableResponse(failed.status, code)) throw failed;
      throw new AppError(code, FAILED_CHARGE_DETAILS[code], { body: { charge: view }, headers: IDEMPOTENT_REPLAYED });
    }
    if (stop === 'lost') throw chargeInUse();
    const retryAfter = { 'Retry-After': String(Math.max(1, secondsUntil(charge.settle_after, this.clock.now()))) };
    if (stop === 'unavailable') {
      // Only when the gateway failed before the try had a payment intent: nothing was ever sent to
      // the card. Any failure once an intent exists answers gateway_outcome_unknown below.
      throw new AppError('gateway_unavailable', 'The payment gateway failed before the charge could be sent to the card, so no money moved (each try is in charge.attempts). The charge stays processing and is tried again in the background; send the same request with the same Idempotency-Key later to read its outcome.', {
        body: { charge: view },
        headers: retryAfter,
      });
    }
    throw new AppError('gateway_outcome_unknown', 'The gateway did not say whether the charge went through. The charge stays processing while the service asks the gateway what happened (it never charges again to find out); send the same request with the same Idempotency-Key later to read its outcome.', {
      body: { charge: view },
      headers: retryAfter,
    });
  }

  private async requireAccount(accountId: string): Promise<void> {
    if (!(await this.accounts.readById(accountId))) throw notFound('account');
  }
}

const FAILED_CHARGE_DETAILS: Record<ChargeFailureCode, string> = {
  no_usable_card: 'The account has no active, unexpired card to charge. Nothing was charged.',
  all_cards_declined: 'Every usable card on the account was tried and none paid. Nothing was charged; each try is in charge.attempts.',
  // 502: the gateway refused our requests as invalid; no card declined.
  retries_exhausted: 'The charge was past due and every retry of its schedule failed; the service has stopped collecting it. Nothing was charged; each try is in charge.attempts.',
  gateway_error:
    'The payment gateway refused the charge requests as invalid: an integration problem on our side, not a card decline. Nothing was charged; each try is in charge.attempts. A retry will not help until it is fixed: report the charge id to the Card Vault operators.',
};

const chargeInUse = () =>
  new AppError('idempotency_key_in_use', 'This charge is being worked on by another request with the same Idempotency-Key. Retry shortly with the same key to get its result.', {
    headers: { 'Retry-After': '1' },
  });

function secondsUntil(when: string | null, now: Date): number {
  if (!when) return 1;
  return Math.ceil((Date.parse(when) - now.getTime()) / 1000);
}
