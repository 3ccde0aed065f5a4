import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { AutoTopupCard, AutoTopupCardEligibility, AutoTopupEligibility, OffSessionCardRules } from './auto-topup-card-eligibility.js';
import type { TopupCards } from './topup-cards.js';
import type { TopupRow, TopupStore } from './topup-store.js';

/** The card an automatic top-up pays from, as written onto its row. */
export type AutoTopupCardDetails = { card_id: string; payer_id: string | null; gateway_customer_id: string; gateway_payment_method_id: string; brand: string; last4: string };

/** The choice for a claimed automatic top-up: the verdict on its card, with the card's details
 * once they are on the row and its try counted; `lost` when the lease was lost meanwhile. */
export type AutoTopupCardChoice = { verdict: AutoTopupEligibility; details: AutoTopupCardDetails | undefined } | 'lost';

/** The card stopped being eligible between the check and the transaction that counts the try. */
class NoLongerEligible extends Error {}

/**
 * Chooses the card a claimed automatic top-up is paid from and asks the card-network rules
 * whether it may be charged now; if so, writes it onto the top-up and counts its try, in one
 * transaction, before any gateway call.
 */
export class AutoTopupCardChooser {
  constructor(
    private readonly deps: {
      db: Knex;
      topups: TopupStore;
      cards: TopupCards;
      eligibility: AutoTopupCardEligibility;
      /** The card-network rules: count the try with the card chosen (none: not counted). */
      network?: OffSessionCardRules;
      clock: Clock;
    },
  ) {}

  async choose(topup: TopupRow, token: string): Promise<AutoTopupCardChoice> {
    const { cards, clock } = this.deps;
    const card = await cards.automaticCard(topup.account_id, topup.card_id);
    // Card details on the row: an earlier claim counted this try and crashed before paying.
    const counted = topup.gateway_payment_method_id !== null;
    let verdict: AutoTopupEligibility = card ? await this.deps.eligibility(card, clock.now(), { counted }) : { eligible: false, reason: 'There is no card to pay from: add a card, or choose one for automatic top-ups.' };
    // The top-up is for the payer whose card pays (its receipt goes to that payer).
    const details = card ? { card_id: card.id, payer_id: card.payerId ?? null, gateway_customer_id: card.customerId, gateway_payment_method_id: card.paymentMethodId, brand: card.brand, last4: card.last4 } : undefined;
    if (verdict.eligible && card && details) {
      const recorded = await this.recordTry(topup.id, token, details, card, counted);
      if (recorded === 'lost') return 'lost';
      if (recorded === 'not_eligible') {
        // Another payer took the card's last try (or its issuer answered) meanwhile: read again;
        // eligible again on that read means the race is over, so leave it for the next pass.
        const fresh = await this.deps.eligibility(card, clock.now());
        verdict = fresh.eligible ? { eligible: false, reason: 'Another payment was using the card.', busy: true } : fresh;
      }
    }
    return { verdict, details };
  }

  /** Writes the card onto the top-up and counts its try under the network rules, in one
   * transaction, before any gateway call; a try already counted (a replay) is not counted again. */
  private async recordTry(topupId: string, token: string, details: AutoTopupCardDetails, card: AutoTopupCard, counted: boolean): Promise<'recorded' | 'lost' | 'not_eligible'> {
    const { db, topups, network } = this.deps;
    const now = this.deps.clock.now().toISOString();
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
}
