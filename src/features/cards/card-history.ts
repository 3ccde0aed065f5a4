import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { isGatewayError, isGatewayRefusal, type CardDetails } from '../../gateway/payment-gateway.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import { GATEWAY_ERROR_MESSAGE, GATEWAY_UNAVAILABLE_MESSAGE, gatewayError, gatewayUnavailable } from './card-errors.js';
import type { CardHistoryStore, HistoryAction, HistoryFailureCode, HistoryRow } from './card-history-store.js';
import type { CardRow } from './card-store.js';

/** Writes the historical-cards log: an entry is started before the gateway is called, then filled
 * in with what the gateway said about the card and how it ended. */
export class CardHistory {
  constructor(
    private readonly store: CardHistoryStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async start(accountId: string, action: HistoryAction, card?: CardRow, newExpiry?: { month: number; year: number }, db?: Knex.Transaction): Promise<HistoryRow> {
    const row = newHistoryEntry(this.clock.now().toISOString(), accountId, action, card, newExpiry);
    await this.store.insert(row, db);
    return row;
  }

  get(id: string): Promise<HistoryRow | undefined> {
    return this.store.findById(id);
  }

  async describeCard(history: HistoryRow, paymentMethodId: string, card: CardDetails): Promise<HistoryRow> {
    const changes = {
      brand: card.brand,
      last4: card.last4,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      fingerprint: card.fingerprint,
      gateway_payment_method_id: paymentMethodId,
      updated_at: this.clock.now().toISOString(),
    };
    await this.store.update(history.id, changes);
    return { ...history, ...changes };
  }

  /** A failure that is not the card's fault (it does not count toward the card-testing limit). */
  async fail(history: HistoryRow, code: HistoryFailureCode, message: string, supportReason?: string): Promise<void> {
    await this.store.update(history.id, {
      result: 'failed',
      failure_code: code,
      failure_message: message,
      support_reason: supportReason ?? null,
      updated_at: this.clock.now().toISOString(),
    });
  }

  /** Records a gateway failure on the entry and returns the error to answer with: a refusal of the
   * request itself (`fatal`) is an integration error (502 gateway_error, logged as an error), any
   * other failure an outage to retry later (503 gateway_unavailable). */
  async failOnGatewayError(history: HistoryRow, error: unknown): Promise<AppError> {
    if (!isGatewayError(error)) throw error;
    const logged = { history_id: history.id, action: history.action, gateway_error: { kind: error.kind, message: error.message, ...error.details } };
    if (isGatewayRefusal(error)) {
      this.logger.error(logged, 'gateway refused the card verification request (integration error)');
      const status = error.details.httpStatus ? `HTTP ${error.details.httpStatus} ` : '';
      await this.fail(
        history,
        'gateway_error',
        GATEWAY_ERROR_MESSAGE,
        `The gateway refused our request itself (${status}${error.details.gatewayCode ?? 'no code'}: ${error.message}). This is an integration problem on our side, not the card: the bank never saw it, nothing was charged and the card was not kept. Escalate to engineering with the gateway request id${error.details.requestId ? ` ${error.details.requestId}` : ''}; the customer trying again will not help until it is fixed.`,
      );
      return gatewayError(history.id);
    }
    this.logger.warn(logged, 'gateway failed during card verification');
    await this.fail(history, 'gateway_unavailable', GATEWAY_UNAVAILABLE_MESSAGE, `The gateway failed (${error.kind}): ${error.message}`);
    return gatewayUnavailable(history.id);
  }
}

/** A pending entry about `card` (nothing known yet for a card being added). */
export function newHistoryEntry(now: string, accountId: string, action: HistoryAction, card?: CardRow, newExpiry?: { month: number; year: number }): HistoryRow {
  return {
    id: newId('hist'),
    account_id: accountId,
    card_id: card?.id ?? null,
    action,
    brand: card?.brand ?? null,
    last4: card?.last4 ?? null,
    exp_month: newExpiry?.month ?? card?.exp_month ?? null,
    exp_year: newExpiry?.year ?? card?.exp_year ?? null,
    fingerprint: card?.fingerprint ?? null,
    gateway_payment_method_id: card?.gateway_payment_method_id ?? null,
    result: 'pending',
    failure_code: null,
    decline_code: null,
    failure_message: null,
    gateway_code: null,
    gateway_decline_code: null,
    gateway_message: null,
    gateway_request_id: null,
    support_reason: null,
    counts_as_failure: false,
    created_at: now,
    updated_at: now,
  };
}
