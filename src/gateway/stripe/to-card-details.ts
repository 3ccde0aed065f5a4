import type Stripe from 'stripe';
import { GatewayError, type CardBrand, type CardDetails } from '../payment-gateway.js';

const knownBrands: readonly CardBrand[] = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay'];
const knownFundings: readonly NonNullable<CardDetails['funding']>[] = ['credit', 'debit', 'prepaid'];

export function toCardDetails(method: Stripe.PaymentMethod): CardDetails {
  const card = method.card;
  if (!card) throw new GatewayError('fatal', `PaymentMethod ${method.id} is a ${method.type}, not a card`, { gatewayCode: 'payment_method_not_card' });
  return {
    brand: knownBrands.find((brand) => brand === card.brand) ?? 'unknown',
    last4: card.last4,
    expMonth: card.exp_month,
    expYear: card.exp_year,
    // Stripe omits the fingerprint in rare cases (some wallets); the payment method id then stands
    // in, which can never match another card, so duplicate detection errs towards allowing.
    fingerprint: card.fingerprint ?? method.id,
    funding: knownFundings.find((funding) => funding === card.funding) ?? 'unknown',
    ...(card.country ? { country: card.country } : {}),
  };
}
