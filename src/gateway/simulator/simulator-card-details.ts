import { createHash } from 'node:crypto';
import type { CardDetails } from '../payment-gateway.js';
import type { SimulatorTestCard } from './simulator-test-cards.js';

/** The card a test id stands for. Stripe's test payment methods expire in the future, so the
 * expiry is a year ahead of attach time; the fingerprint depends only on the card number, so
 * the same test card attached twice reads as the same physical card (duplicate detection); a copy
 * (`pm_card_visa.<copy>`) is another physical card. */
export function simulatorCardDetails(card: SimulatorTestCard, now: Date): CardDetails {
  return {
    brand: card.brand,
    last4: card.number.slice(-4),
    expMonth: now.getUTCMonth() + 1,
    expYear: now.getUTCFullYear() + 1,
    fingerprint: createHash('sha256').update(`simulator-card:${card.number}${card.copy === undefined ? '' : `:${card.copy}`}`).digest('base64url').replace(/[-_]/g, '').slice(0, 16),
    funding: card.funding,
    country: card.country,
  };
}
