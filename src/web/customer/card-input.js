import { byId, el, show } from '../shared/dom.js';
import { t } from './i18n.js';

const STRIPE_JS = 'https://js.stripe.com/v3/';

/** The card itself: the simulator's test cards by name, or Stripe Elements (the number goes to
 * Stripe, we receive a payment-method id). Plus Chile's holder id. One instance, moved into
 * whichever form needs it (card entry or a top-up with a new card). */
export class CardInput {
  constructor(ctx) {
    this.ctx = ctx;
    this.node = byId('card-input');
    this.stripe = null;
    this.cardElement = null;
  }

  async setUp() {
    const { config } = this.ctx;
    if (config.gateway === 'simulator') {
      byId('test-card').replaceChildren(...config.test_cards.map((card) => el('option', { value: card.id, text: card.label })));
      show(byId('test-card-field'), true);
      return;
    }
    show(byId('stripe-card-field'), true);
    if (!config.stripe_publishable_key) {
      this.unavailable = t('card_input.not_set_up');
      return;
    }
    await new Promise((resolve, reject) => {
      document.head.append(el('script', { src: STRIPE_JS, onload: resolve, onerror: () => reject(new Error('Stripe.js did not load')) }));
    }).catch(() => {
      this.unavailable = t('card_input.not_loaded');
    });
    if (this.unavailable || typeof window.Stripe !== 'function') return;
    this.stripe = window.Stripe(config.stripe_publishable_key);
    this.cardElement = this.stripe.elements().create('card', { hidePostalCode: true });
  }

  /** Places the field in `slot`. `keepsCard`: whether the card is saved (card entry always; a
   * top-up only with "Save this card"): Chile's holder-id rules apply only to a saved card
   * (docs/balance-and-topups.md), so the id fields show, and are required, only then. */
  mountInto(slot, { keepsCard = true } = {}) {
    // Hidden until it is in a form: the field never shows loose on the page.
    show(this.node, true);
    if (this.node.parentElement !== slot) {
      if (this.cardElement) this.cardElement.unmount?.();
      slot.append(this.node);
      if (this.cardElement) this.cardElement.mount('#stripe-card-element');
    }
    this.askForId(keepsCard);
  }

  /** Shows (and requires) the Chilean holder-id fields when the account is Chilean and `wanted`. */
  askForId(wanted) {
    this.idWanted = wanted && this.ctx.account?.country === 'CL';
    show(byId('chile-id'), this.idWanted);
    byId('id-number').required = this.idWanted;
  }

  /** The fields `POST /v1/cards` and `POST /v1/topups` take for the card, or `{ error }` to show
   * next to the card field. Nothing here ever holds a card number. */
  async collect(holderName) {
    const body = {};
    if (this.idWanted) {
      body.id_type = byId('id-type').value;
      body.id_number = byId('id-number').value.trim();
    }
    if (this.ctx.config.gateway === 'simulator') return { ...body, payment_method: byId('test-card').value };
    if (!this.stripe) return { error: this.unavailable ?? t('card_input.not_ready') };
    const result = await this.stripe.createPaymentMethod({ type: 'card', card: this.cardElement, billing_details: { name: holderName || undefined } });
    if (result.error) return { error: result.error.message ?? t('card_input.check_details') };
    return { ...body, payment_method: result.paymentMethod.id };
  }

  /** The simulator's test card picked (a test payment-method id, no card data), to pick it again
   * after the bank's page; Stripe's field cannot be refilled, so nothing for it. */
  chosen() {
    return this.ctx.config.gateway === 'simulator' ? { test_card: byId('test-card').value } : {};
  }

  restore(chosen) {
    if (chosen?.test_card && this.ctx.config.gateway === 'simulator') byId('test-card').value = chosen.test_card;
  }

  reset() {
    byId('id-number').value = '';
    this.cardElement?.clear?.();
  }
}
