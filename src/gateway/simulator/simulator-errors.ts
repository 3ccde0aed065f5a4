import { GatewayError } from '../payment-gateway.js';

/** The simulator's refusals, shaped like Stripe's invalid_request_error answers (which the Stripe
 * adapter maps to `fatal`): a bug or a bad id on our side, never a card outcome. */
export const resourceMissing = (resource: string, id: string) =>
  new GatewayError('fatal', `No such ${resource}: '${id}'`, { httpStatus: 404, gatewayCode: 'resource_missing' });

export const invalidRequest = (message: string, gatewayCode: string) =>
  new GatewayError('fatal', message, { httpStatus: 400, gatewayCode });

/** What the simulator-only refusal cards get (see simulatorOnlyTestCards). */
export const refusedByTestCard = (parameter: string) =>
  new GatewayError('fatal', `Simulated integration error: Received unknown parameter: ${parameter}[simulated_refusal]`, { httpStatus: 400, gatewayCode: 'parameter_unknown' });

export const unexpectedIntentState = (intentId: string, status: string, action: string) =>
  invalidRequest(`You cannot ${action} PaymentIntent ${intentId} because it has a status of ${status}.`, 'payment_intent_unexpected_state');

/** Another request changed the same object first; Stripe answers such races with a 409 lock error,
 * and the same call may be sent again. */
export const concurrentChange = (intentId: string) =>
  new GatewayError('retryable', `PaymentIntent ${intentId} was changed by a concurrent request`, { httpStatus: 409, gatewayCode: 'lock_timeout' });

export const isConcurrentChange = (error: unknown) =>
  error instanceof GatewayError && error.kind === 'retryable' && error.details.gatewayCode === 'lock_timeout';
