import type { BalanceLedger } from '../balance/balance-ledger.js';
import { toEntryResponse } from '../balance/balance-service.js';
import { isArmed } from '../balance/rules/low-balance-crossing.js';
import type { TopupRow, TopupStore } from '../balance/topup-store.js';
import { explainFailure } from './rules/explain-failure.js';

const RECENT = 50;

// Top-up endings that are nobody's decline, in support's words.
const TOPUP_REASONS: Record<string, string> = {
  authentication_abandoned:
    'The customer never finished the 3-D Secure page in time; the payment was canceled at the gateway and nothing was charged. They can top up again and complete the check.',
  cancelled_by_customer: 'The customer cancelled the top-up before it was paid; nothing was charged.',
  card_not_eligible:
    'An automatic top-up found its card unusable (deleted, not verified or expired), so no payment was attempted and nothing was charged. The customer should choose another card for automatic top-ups.',
  auto_topup_turned_off: 'The customer turned automatic top-up off before this automatic top-up was paid; nothing was charged.',
  interrupted:
    'The payment stopped before the card was charged (the gateway refused to start it, or the card could not be attached); nothing was charged. The customer can simply try again.',
};

/** A top-up with its failure in both voices: what the customer was told, and why, for support. */
export function toSupportTopup(topup: TopupRow) {
  // authentication_required: an automatic (off-session) top-up the bank wants the customer present for.
  const declined = topup.failure_code === 'card_declined' || topup.failure_code === 'authentication_failed' || topup.failure_code === 'authentication_required';
  const explanation = !topup.failure_code
    ? undefined
    : declined
      ? explainFailure({ gatewayCode: topup.gateway_code, gatewayDeclineCode: topup.gateway_decline_code })
      : TOPUP_REASONS[topup.failure_code]
        ? { support_reason: TOPUP_REASONS[topup.failure_code]!, retryable: true }
        : explainFailure({ failureCode: topup.failure_code });
  return {
    id: topup.id,
    number: topup.number,
    status: topup.status,
    amount: topup.amount,
    currency: topup.currency,
    trigger: topup.triggered_by,
    card_id: topup.card_id,
    payer_id: topup.payer_id ?? null,
    brand: topup.brand,
    last4: topup.last4,
    new_card: topup.history_id !== null,
    save_card: topup.save_card,
    intent_id: topup.intent_id,
    failure: explanation
      ? {
          code: topup.failure_code,
          gateway_code: topup.gateway_code,
          decline_code: topup.gateway_decline_code,
          gateway_request_id: topup.gateway_request_id,
          customer_sees: { decline_code: topup.decline_code, message: topup.failure_message },
          support_reason: explanation.support_reason,
          retryable: explanation.retryable,
        }
      : null,
    settling: topup.status === 'new' ? 'Waiting for the customer’s 3-D Secure page or for the gateway’s answer; the settler resolves it by asking the gateway, and the balance is credited once it is paid.' : null,
    created_at: topup.created_at,
    paid_at: topup.paid_at,
    cancelled_at: topup.cancelled_at,
  };
}

export type SupportBalanceView = Awaited<ReturnType<SupportBalanceReader['viewOf']>>;

/** The balance part of support's account view: balance, alert, recent ledger and top-ups. */
export class SupportBalanceReader {
  constructor(
    private readonly ledger: BalanceLedger,
    private readonly topups: TopupStore,
  ) {}

  async viewOf(accountId: string, accountCurrency: string) {
    const [balance, entries, topups, pending] = await Promise.all([
      this.ledger.find(accountId),
      this.ledger.entries(accountId, { limit: RECENT + 1 }),
      this.topups.list(accountId, { limit: RECENT + 1 }),
      this.topups.pendingAmount(accountId),
    ]);
    const available = balance?.available ?? 0;
    const threshold = balance?.alert_threshold ?? null;
    return {
      available,
      pending,
      currency: balance && available !== 0 ? balance.currency : accountCurrency,
      low_balance_alert: threshold === null ? null : { threshold, armed: isArmed(available, threshold) },
      ledger: entries.slice(0, RECENT).map((entry) => ({ ...toEntryResponse(entry), ...(entry.created_by ? { recorded_by: entry.created_by } : {}) })),
      ledger_has_more: entries.length > RECENT,
      topups: topups.slice(0, RECENT).map(toSupportTopup),
      topups_has_more: topups.length > RECENT,
    };
  }
}
