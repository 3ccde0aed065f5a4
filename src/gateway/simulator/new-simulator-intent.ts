import { newId } from '../../ids.js';
import type { Decline, IntentStatus } from '../payment-gateway.js';
import type { ConfirmationResult } from './decide-confirmation.js';
import { invalidRequest } from './simulator-errors.js';
import type { SimulatorIntent } from './simulator-store.js';
import type { CardDecline } from './simulator-test-cards.js';

export type NewIntentFields = Pick<SimulatorIntent, 'purpose' | 'customerId' | 'paymentMethodId' | 'amount' | 'currency' | 'metadata' | 'setupFutureUsage'> & {
  returnUrl?: string;
  description?: string;
};

/** A new intent, unconfirmed (`created`) or with the result of its first confirmation. Validates
 * what Stripe would refuse as an invalid request. */
export function newSimulatorIntent(fields: NewIntentFields, decision: ConfirmationResult | undefined, now: string): SimulatorIntent {
  // A hold of 0 is the simulator's $0 account verification (Stripe's SetupIntent); payments need an amount.
  const least = fields.purpose === 'hold' ? 0 : 1;
  if (!Number.isInteger(fields.amount) || fields.amount < least) throw invalidRequest('Amount must be a positive integer in minor units.', 'parameter_invalid_integer');
  if (!/^[A-Z]{3}$/.test(fields.currency)) throw invalidRequest(`Invalid currency: ${fields.currency}`, 'parameter_invalid_string');
  return {
    id: newId('pi'),
    ...fields,
    status: statusAfter(fields.purpose, decision),
    ...(decision?.result === 'declined' ? { decline: withRequestId(decision.decline) } : {}),
    refunded: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** An approved hold is authorized (`held`); an approved charge is captured (`succeeded`). */
export function statusAfter(purpose: SimulatorIntent['purpose'], decision: ConfirmationResult | undefined): IntentStatus {
  if (!decision) return 'created';
  if (decision.result === 'approved') return purpose === 'hold' ? 'held' : 'succeeded';
  return decision.result;
}

/** Each decline answer carries its own request id, as Stripe's do (support quotes them). */
export const withRequestId = (decline: CardDecline): Decline => ({ ...decline, requestId: newId('req') });
