import type { Knex } from 'knex';
import type { Reads } from '../../db/read-statements.js';
import { invalidRequest, resourceMissing } from './simulator-errors.js';
import type { SimulatorPaymentMethod, SimulatorStore } from './simulator-store.js';
import { findSimulatorTestCard, type SimulatorTestCard } from './simulator-test-cards.js';

export type ResolvedPaymentMethod = { card: SimulatorTestCard; stored?: SimulatorPaymentMethod };

/** The card behind the payment method of an intent, checked the way Stripe checks it: the customer
 * exists, and a saved payment method belongs to that customer. Stripe also accepts a test id such
 * as `pm_card_visa` directly on a PaymentIntent, without attaching it first. `reads`: outside a
 * transaction, the lookups (built on `db`) run there. */
export async function resolvePaymentMethod(
  store: SimulatorStore,
  db: Knex,
  paymentMethodId: string,
  customerId: string,
  reads?: Reads,
): Promise<ResolvedPaymentMethod> {
  const direct = findSimulatorTestCard(paymentMethodId);
  const stored = direct ? undefined : await store.findPaymentMethod(db, paymentMethodId, reads);
  // A method saved to this very customer proves the customer exists (a foreign key): no second
  // read on the common path. Otherwise the customer is checked first, as Stripe does.
  const ownedByCustomer = stored !== undefined && stored.customerId === customerId;
  if (!ownedByCustomer && !(await store.customerExists(db, customerId, reads))) throw resourceMissing('customer', customerId);
  if (direct) return { card: direct };
  const card = stored && findSimulatorTestCard(stored.testCardId);
  if (!stored || !card) throw resourceMissing('PaymentMethod', paymentMethodId);
  if (!ownedByCustomer) {
    throw invalidRequest('The provided PaymentMethod was detached or belongs to another customer.', 'payment_method_unexpected_state');
  }
  return { card, stored };
}
