import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { CardDetails } from '../../gateway/payment-gateway.js';
import { lockAccount } from '../accounts/lock-account.js';
import { newHistoryEntry } from './card-history.js';
import type { CardHistoryStore } from './card-history-store.js';
import { RETRY_CLEARED, type CardStore } from './card-store.js';
import type { ExpiryNotices } from './expiry-notices.js';
import { isExpired } from './rules/card-expiry.js';
import type { VerificationRecorder } from './verification-recorder.js';

/** New expiry dates pushed by the gateway's card updater (network account updater): trusted,
 * recorded in the history. */
export class CardUpdaterExpiry {
  constructor(
    private readonly deps: {
      cards: CardStore;
      historyStore: CardHistoryStore;
      recorder: VerificationRecorder;
      clock: Clock;
      /** Expiring-card notices: a new expiry from the updater withdraws the old one's. */
      expiryNotices?: ExpiryNotices;
    },
  ) {}

  /** The card updater reissued the card: its new dates land on every live card with that payment
   * method, each with an `update_expiry` entry. Runs in the caller's transaction (the webhook's of
   * `payment_method.automatically_updated`; the gateway's report of our own changes never comes
   * here). */
  async applyGatewayUpdate(trx: Knex.Transaction, paymentMethodId: string, details: CardDetails): Promise<number> {
    const now = this.deps.clock.now();
    let changed = 0;
    // The accounts' locks first, in id order (two events never wait on each other in a cycle), then
    // the cards read again under them.
    const accountIds = [...new Set((await this.deps.cards.listLiveByPaymentMethod(paymentMethodId, trx)).map((card) => card.account_id))].sort();
    for (const accountId of accountIds) await lockAccount(trx, accountId);
    for (const card of await this.deps.cards.listLiveByPaymentMethod(paymentMethodId, trx)) {
      if (card.exp_month === details.expMonth && card.exp_year === details.expYear) continue;
      // A verification of dates the customer typed is under way: it decides the card's dates.
      if (await this.deps.historyStore.hasPendingUpdate(card.id, trx)) continue;
      const entry = newHistoryEntry(now.toISOString(), card.account_id, 'update_expiry', card, { month: details.expMonth, year: details.expYear });
      await this.deps.historyStore.insert({ ...entry, result: 'succeeded' }, trx);
      const status = card.status === 'requires_action' ? card.status : isExpired(details.expMonth, details.expYear, now) ? 'expired' : 'active';
      // The old dates' notices still waiting in the outbox would warn of a card that no longer expires.
      await this.deps.expiryNotices?.withdrawForOldExpiry(trx, card, now.toISOString());
      await this.deps.cards.update(card.id, { exp_month: details.expMonth, exp_year: details.expYear, status, ...RETRY_CLEARED, updated_at: now.toISOString() }, trx);
      if (status === 'active') this.deps.recorder.cardUsable(trx, card.account_id, 'expiry_updated');
      changed += 1;
    }
    return changed;
  }
}
