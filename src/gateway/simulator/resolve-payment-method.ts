import type { Knex } from 'knex';
import { invalidRequest, resourceMissing } from './simulator-errors.js';
import type { SimulatorPaymentMethod, SimulatorStore } from './simulator-store.js';
import { findSimulatorTestCard, type SimulatorTestCard } from './simulator-test-cards.js';

export type ResolvedPaymentMethod = { card: SimulatorTestCard; stored?: SimulatorPaymentMethod };

/** The card behind the payment method of an intent, checked the way Stripe checks it: the customer
 * exists, and a saved payment method belongs to that customer. Stripe also accepts a test id such
 * as `pm_card_visa` directly on a PaymentIntent, without attaching it first. */
export async function resolvePaymentMethod(
  store: SimulatorStore,
  db: Knex,
  paymentMethodId: string,
  customerId: string,
): Promise<ResolvedPaymentMethod> {
  if (!(await store.customerExists(db, customerId))) throw resourceMissing('customer', customerId);
  const direct = findSimulatorTestCard(paymentMethodId);
  if (direct) return { card: direct };
  const stored = await store.findPaymentMethod(db, paymentMethodId);
  const card = stored && findSimulatorTestCard(stored.testCardId);
  if (!stored || !card) throw resourceMissing('PaymentMethod', paymentMethodId);
  if (stored.customerId !== customerId) {
    throw invalidRequest('The provided PaymentMethod was detached or belongs to another customer.', 'payment_method_unexpected_state');
  }
  return { card, stored };
}
