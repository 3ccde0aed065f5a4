import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import type { AutoTopupCard, AutoTopupCardEligibility, AutoTopupEligibility, OffSessionCardRules } from './auto-topup-card-eligibility.js';
import { RULE_TURNED_OFF } from './auto-topup-outcomes.js';
import type { AutoTopupStore } from './auto-topup-store.js';
import type { AutoTopupTrigger } from './auto-topup-trigger.js';
import type { BalanceBook } from './balance-book.js';
import type { BalanceLedger } from './balance-ledger.js';
import type { TopupCards } from './topup-cards.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupEnds } from './topup-ends.js';
import type { TopupStore } from './topup-store.js';

const BATCH_SIZE = 20;
/** Other payers' tries at the card fill a network limit until they are answered: look again then. */
const BUSY_CARD_SECONDS = 60;

/** The card stopped being eligible between the check and the transaction that counts the try. */
class NoLongerEligible extends Error {}

/**
 * Pays automatic top-ups off-session, outside any debit's transaction: each is claimed with a
 * lease (a conditional UPDATE), so with several instances polling only one pays it, and a crash
 * leaves it to be claimed again (the gateway keys come from the top-up's id, so a replay lands on
 * the same intent). Once its intent exists, an unknown outcome is the settler's, as for every
 * top-up. Before paying, it makes the next try of rules whose hour of waiting after a failure is
 * over, if the balance is still low.
 */
export class AutoTopupPayer implements Job {
  readonly name = 'auto-topup-payer';

  constructor(
    private readonly deps: {
      db: Knex;
      topups: TopupStore;
      rules: AutoTopupStore;
      trigger: AutoTopupTrigger;
      book: BalanceBook;
      ledger: BalanceLedger;
      cards: TopupCards;
      eligibility: AutoTopupCardEligibility;
      /** The card-network rules: count the try with the card chosen (none: not counted). */
      network?: OffSessionCardRules;
      payment: TopupPayment;
      ends: TopupEnds;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async runOnce(): Promise<number> {
    await this.retryDue();
    return this.payDue();
  }

  private async retryDue(): Promise<void> {
    const { db, rules, book, ledger, topups, trigger } = this.deps;
    for (const due of await rules.dueForRetry(this.now(), BATCH_SIZE)) {
      await db.transaction(async (trx) => {
        const account = await book.lock(trx, due.account_id);
        const rule = await rules.find(due.account_id, trx);
        if (!account || !rule || rule.status !== 'active' || rule.failures === 0 || !rule.next_try_at || rule.next_try_at > this.now()) return;
        const level = ((await ledger.find(account.id, trx))?.available ?? 0) + (await topups.pendingAmount(account.id, trx));
        if (level < rule.threshold) {
          // Keyed by the crossing and the wait it ends: one try per wait, whoever runs it.
          await trigger.record(trx, account, rule, level, { key: `auto-topup:${rule.crossing ?? 'none'}:after:${rule.next_try_at}`, crossing: rule.crossing ?? '' });
        }
        // The wait is over: a try was made, or is not needed; a new failure sets the next wait.
        await rules.update(trx, account.id, { next_try_at: null, updated_at: this.now() });
      });
      this.deps.book.deliverSoon();
    }
  }

  private async payDue(): Promise<number> {
    const { topups, payment, ends, cards, clock, logger } = this.deps;
    let finished = 0;
    for (const topup of await topups.findAutomaticToPay(this.now(), BATCH_SIZE)) {
      const token = newId('lease');
      if (!(await topups.claim(topup.id, token, payment.leaseUntil(), this.now(), false))) continue;
      // Consent can be withdrawn between the crossing and the payment: no rule, no charge.
      const rule = await this.deps.rules.find(topup.account_id);
      if (!rule || rule.status !== 'active') {
        await ends.cancelled(topup.id, { failure_code: RULE_TURNED_OFF, decline_code: null, gateway_code: null, gateway_decline_code: null, failure_message: 'Automatic top-up was turned off before this top-up was paid, so nothing was charged.', gateway_request_id: null });
        finished += 1;
        continue;
      }
      const card = await cards.automaticCard(topup.account_id, topup.card_id);
      // Card details on the row: an earlier claim counted this try and crashed before paying.
      const counted = topup.gateway_payment_method_id !== null;
      let verdict: AutoTopupEligibility = card ? await this.deps.eligibility(card, clock.now(), { counted }) : { eligible: false, reason: 'There is no card to pay from: add a card, or choose one for automatic top-ups.' };
      // The top-up is for the payer whose card pays (its receipt goes to that payer).
      const details = card ? { card_id: card.id, payer_id: card.payerId ?? null, gateway_customer_id: card.customerId, gateway_payment_method_id: card.paymentMethodId, brand: card.brand, last4: card.last4 } : undefined;
      if (verdict.eligible && card && details) {
        const recorded = await this.recordTry(topup.id, token, details, card, counted);
        if (recorded === 'lost') continue;
        if (recorded === 'not_eligible') {
          // Another payer took the card's last try (or its issuer answered) meanwhile: read again;
          // eligible again on that read means the race is over, so leave it for the next pass.
          const fresh = await this.deps.eligibility(card, clock.now());
          verdict = fresh.eligible ? { eligible: false, reason: 'Another payment was using the card.', busy: true } : fresh;
        }
      }
      if (!verdict.eligible) {
        if (verdict.busy) {
          await topups.release(topup.id, token, addSeconds(clock.now(), BUSY_CARD_SECONDS).toISOString(), this.now());
          continue;
        }
        await ends.cancelled(
          topup.id,
          { failure_code: 'card_not_eligible', decline_code: null, gateway_code: null, gateway_decline_code: null, failure_message: verdict.reason, gateway_request_id: null },
          verdict.eligibleAfter ? { notBefore: verdict.eligibleAfter } : {},
        );
        finished += 1;
        continue;
      }
      const step = await payment.payOffSession({ ...topup, ...details! }, token);
      logger.info({ topup_id: topup.id, account_id: topup.account_id, step }, 'automatic top-up payment');
      if (step === 'finished') finished += 1;
    }
    return finished;
  }

  /** Writes the card onto the top-up and counts its try under the network rules, in one
   * transaction, before any gateway call; a try already counted (a replay) is not counted again. */
  private async recordTry(
    topupId: string,
    token: string,
    details: { card_id: string; payer_id: string | null; gateway_customer_id: string; gateway_payment_method_id: string; brand: string; last4: string },
    card: AutoTopupCard,
    counted: boolean,
  ): Promise<'recorded' | 'lost' | 'not_eligible'> {
    const { db, topups, network } = this.deps;
    const now = this.now();
    try {
      return await db.transaction(async (trx) => {
        if (!(await topups.update(topupId, token, details, now, trx))) return 'lost';
        if (network && !counted && card.fingerprint) {
          const reserved = await network.reserveIn(trx, { id: topupId, created_at: now }, { cardId: card.id, fingerprint: card.fingerprint, network: card.brand }, 'merchant');
          if (!reserved) throw new NoLongerEligible();
        }
        return 'recorded';
      });
    } catch (error) {
      if (error instanceof NoLongerEligible) return 'not_eligible';
      throw error;
    }
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
