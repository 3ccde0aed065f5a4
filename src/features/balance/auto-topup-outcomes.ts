import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../../clock.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { CardRetryWaits } from '../cards/card-rows.js';
import type { AutoTopupStore } from './auto-topup-store.js';
import { AUTO_TOPUP_TEXTS, onSessionTopupLink } from './rules/auto-topup-texts.js';
import type { TopupFailure, TopupRow } from './topup-store.js';
import type { OffSessionCardRules } from './auto-topup-card-eligibility.js';
import type { TopupEnd } from './topup-store.js';

/** After a failed automatic top-up, the next try waits at least this long. */
export const AUTO_TOPUP_RETRY_SECONDS = 60 * 60;
/** The failure code of an automatic top-up whose rule was removed or turned off before it was
 * paid: not a failure of the card, so it neither counts nor is emailed. */
export const RULE_TURNED_OFF = 'auto_topup_turned_off';
/** This many failures in a row turn the rule off. */
export const AUTO_TOPUP_MAX_FAILURES = 3;

/**
 * What the end of an automatic top-up does to its rule, inside the settlement's transaction (the
 * account lock held), so the email reporting a failure is queued with the failure itself: paid
 * resets the count of failures; a failure counts, is emailed at once and makes the next try wait
 * an hour; the third in a row turns the rule off and says so.
 */
export class AutoTopupOutcomes {
  constructor(
    private readonly deps: {
      rules: AutoTopupStore;
      /** The cards feature's: how long the card's issuer asked us to wait. */
      cards: CardRetryWaits;
      outbox: MessageOutbox;
      clock: Clock;
      publicBaseUrl: string;
      /** The card-network rules: the try's result is recorded with the top-up's end. */
      network?: OffSessionCardRules;
    },
  ) {}

  async paid(trx: Knex.Transaction, topup: TopupRow): Promise<void> {
    // It paid: the try stops counting against the card.
    if (this.deps.network && topup.card_id) await this.deps.network.recordResultIn(trx, { id: topup.id, cardId: topup.card_id }, { status: 'succeeded' }, this.now());
    await this.deps.rules.update(trx, topup.account_id, { failures: 0, next_try_at: null, updated_at: this.now() });
  }

  /** Queues the customer's email about the failure (instead of the generic cancellation one). */
  async cancelled(trx: Knex.Transaction, topup: TopupRow, account: AccountRow, failure: TopupFailure, ended: TopupEnd = {}): Promise<void> {
    const { rules, outbox } = this.deps;
    const notBefore = await this.recordResult(trx, topup, ended);
    if (failure.failure_code === RULE_TURNED_OFF) return;
    const rule = await rules.find(topup.account_id, trx);
    const now = this.deps.clock.now();
    const link = onSessionTopupLink(this.deps.publicBaseUrl, topup);
    const reason = failure.failure_message ?? 'the payment failed.';
    const failures = (rule?.failures ?? 0) + 1;
    const email = (template: string, text: string) => outbox.enqueue(trx, { channel: 'email', to: account.email, template, text });
    if (rule && rule.status === 'active' && failures >= AUTO_TOPUP_MAX_FAILURES) {
      await rules.update(trx, topup.account_id, { status: 'disabled', disabled_reason: `failed_${AUTO_TOPUP_MAX_FAILURES}_times`, failures, next_try_at: null, updated_at: now.toISOString() });
      await email('auto_topup_turned_off', AUTO_TOPUP_TEXTS.turnedOff(topup, reason, link));
      return;
    }
    // At least an hour, and not before the card may be tried again (a Mastercard "retry after").
    const inAnHour = addSeconds(now, AUTO_TOPUP_RETRY_SECONDS).toISOString();
    const nextTryAt = notBefore && notBefore > inAnHour ? notBefore : inAnHour;
    if (rule) await rules.update(trx, topup.account_id, { failures, next_try_at: nextTryAt, updated_at: now.toISOString() });
    if (failure.failure_code === 'authentication_required') {
      await email('auto_topup_authentication_required', AUTO_TOPUP_TEXTS.authenticationRequired(topup, link));
    } else {
      await email('auto_topup_declined', AUTO_TOPUP_TEXTS.declined(topup, reason, nextTryAt, link));
    }
  }

  /** The try's result under the card-network rules, in the settlement's transaction: a decline
   * keeps counting and what the issuer said is kept on the card; any other end (nothing charged)
   * stops counting. Answers when the card may be tried again, when that is known. */
  private async recordResult(trx: Knex.Transaction, topup: TopupRow, ended: TopupEnd): Promise<string | undefined> {
    const { network } = this.deps;
    if (network && topup.card_id) {
      const decline = ended.decline;
      const result = decline
        ? {
            status: 'declined',
            decline_code: decline.declineCode ?? decline.code,
            gateway_code: decline.code,
            advice_code: decline.adviceCode ?? null,
            network_decline_code: decline.networkDeclineCode ?? null,
            network_advice_code: decline.networkAdviceCode ?? null,
            network: decline.network ?? null,
          }
        : { status: 'cancelled' };
      await network.recordResultIn(trx, { id: topup.id, cardId: topup.card_id }, result, this.now());
    }
    const onCard: string | null = topup.card_id ? await this.deps.cards.retryNotBefore(topup.card_id, trx) : null;
    return [ended.notBefore, onCard].filter((at): at is string => typeof at === 'string').sort().pop();
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
