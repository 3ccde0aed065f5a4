/** A stand-in for Stripe.js (which cannot load offline): `Stripe(key).elements().create('card')`
 * mounts one labelled input, and `createPaymentMethod` turns a Stripe test card number into its
 * test payment-method id, as Stripe would turn a card into a pm_… id. Served in place of
 * https://js.stripe.com/v3/ by the browser test. */
export const fakeStripeJs = `
window.Stripe = function (publishableKey) {
  window.fakeStripeKey = publishableKey;
  const byNumber = { '4242424242424242': 'pm_card_visa', '4000000000009995': 'pm_card_visa_chargeDeclinedInsufficientFunds' };
  let input = null;
  const card = {
    mount(selector) {
      input = document.createElement('input');
      input.setAttribute('aria-label', 'Card number');
      input.setAttribute('autocomplete', 'cc-number');
      document.querySelector(selector).replaceChildren(input);
    },
    unmount() { if (input) input.remove(); },
    clear() { if (input) input.value = ''; },
  };
  return {
    elements() { return { create() { return card; } }; },
    async createPaymentMethod(request) {
      const number = (input ? input.value : '').replace(/\\s/g, '');
      if (request.card !== card) return { error: { message: 'No card element.' } };
      if (number.length < 13) return { error: { message: 'Your card number is incomplete.' } };
      return { paymentMethod: { id: byNumber[number] || 'pm_card_visa' } };
    },
  };
};
`;
