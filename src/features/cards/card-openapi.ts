import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath } from '../../openapi/openapi-helpers.js';
import { addCardSchema, cardListQuerySchema, cardOrderSchema, updateExpirySchema } from './card-schemas.js';

export const cardSchema = z.object({
  id: z.string(),
  payer_id: z.string().nullable().describe('The payer whose card it is (GET /v1/payers); each payer has its own default and charge order'),
  brand: z.string(),
  last4: z.string(),
  exp_month: z.number().int(),
  exp_year: z.number().int(),
  holder_name: z.string(),
  status: z.enum(['active', 'requires_action', 'expired', 'pending', 'do_not_retry']).describe('`pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card'),
  is_default: z.boolean(),
  position: z.number().int(),
  created_at: z.string(),
  id_type: z.enum(['RUT', 'OTRO']).optional().describe('Addition: present when the holder gave an id (Chilean accounts must)'),
  id_number: z.string().optional().describe('Addition: the id number masked, e.g. *****678-5'),
});
const verified = z.object({ card: cardSchema, verification: z.object({ status: z.literal('held'), amount: z.number().int(), currency: z.string() }) });
const redirect = z.object({ card: cardSchema, next_action: z.object({ type: z.literal('redirect'), url: z.string() }) });
const declined = {
  '402': {
    description: 'problem+json with code card_declined or authentication_failed, plus `decline_code` (coarse: risk and CVC/number declines read generic_decline) and `history_id`',
  },
};
const historyEntry = z.object({
  id: z.string(),
  action: z.enum(['add', 'update_expiry']),
  card_id: z.string().optional(),
  brand: z.string().nullable().describe('null when the gateway refused the card before describing it'),
  last4: z.string().nullable(),
  result: z.enum(['succeeded', 'failed', 'pending']),
  failure: z
    .object({
      code: z.enum(['card_declined', 'authentication_failed', 'duplicate_card', 'card_limit_reached', 'gateway_unavailable', 'gateway_error', 'invalid_payment_method', 'card_removed']),
      decline_code: z.string().optional(),
      message: z.string(),
    })
    .optional(),
  hold: z
    .object({
      amount: z.number().int().describe('0 for a $0 verification'),
      currency: z.string(),
      status: z.enum(['held', 'released', 'release_failed']),
      method: z.enum(['hold', 'zero_amount', 'one_unit_hold']).describe('VERIFICATION_METHOD: hold (1.00 USD or its equivalent), zero_amount ($0), or one_unit_hold (where $0 was refused; released at once)'),
      released_at: z.string().optional().describe('When the hold was released'),
    })
    .optional(),
  created_at: z.string(),
});
const cardList = z.object({ data: z.array(cardSchema).describe('With payer_id: that payer’s charge order (its default first, then by position). Without: every card, grouped by payer (the default payer first), each group in charge order') });

export function registerCardPaths(registry: OpenAPIRegistry): void {
  const tag = 'Cards';
  const scope = 'account' as const;
  addPath(registry, {
    tag, scope, orScope: 'pay', method: 'post', path: '/v1/cards', operationId: 'addCard', summary: 'Add a card (gateway payment-method id) with a verification hold',
    description: 'Chilean accounts give id_type RUT or OTRO with id_number. Without return_url the 3-D Secure page returns the customer to GET /v1/cards/{id}/authentication-return. A failed card is not kept; its history entry remains. 503 gateway_unavailable: the gateway could not be reached; try again later. 502 gateway_error (an addition): the gateway refused our request itself (an invalid request, not a decline): an integration problem on our side that a retry cannot fix; the attached payment method is detached, nothing is held, and it does not count toward the card-testing limit.',
    body: addCardSchema,
    success: { status: 201, description: 'Verified: the hold is placed and will be released by the service', schema: verified },
    more: { '202': { description: 'The bank asks for 3-D Secure: send the customer to next_action.url, then confirm', content: { 'application/json': { schema: redirect } } }, ...declined },
    errors: ['onboarding_incomplete', 'not_found', 'duplicate_card', 'card_limit_reached', 'id_required', 'invalid_rut', 'invalid_id_number', 'validation_failed', 'raw_card_data_refused', 'too_many_card_failures', 'gateway_unavailable', 'gateway_error'],
  });
  addPath(registry, { tag, scope, orScope: 'pay', method: 'get', path: '/v1/cards', operationId: 'listCards', summary: 'The cards in charge order', description: 'Cards whose expiry month has passed read `expired`. `payer_id`: one payer’s cards only (404 for a payer that is not the account’s).', query: cardListQuerySchema, errors: ['not_found'], success: { status: 200, description: 'List', schema: cardList } });
  addPath(registry, { tag, scope, method: 'get', path: '/v1/cards/history', operationId: 'listCardHistory', summary: 'The historical-cards log, newest first', success: { status: 200, description: 'List', schema: z.object({ data: z.array(historyEntry) }) } });
  addPath(registry, { tag, scope, orScope: 'pay', method: 'get', path: '/v1/cards/{id}', operationId: 'getCard', params: { id: 'The card id' }, summary: 'Addition: one card', success: { status: 200, description: 'The card', schema: cardSchema }, errors: ['not_found'] });
  addPath(registry, {
    tag, scope, orScope: 'pay', method: 'post', path: '/v1/cards/{id}/confirm', operationId: 'confirmCard', params: { id: 'The card id' }, summary: 'Finish a verification after the 3-D Secure page',
    description: 'Answers with the card’s latest verification: 201 (200 for an expiry update) when held, 202 while the page is unanswered, 402 when it failed. Safe to repeat.',
    success: { status: 201, description: 'Verified', schema: verified },
    more: { '202': { description: 'Still waiting for the 3-D Secure page', content: { 'application/json': { schema: redirect } } }, ...declined },
    errors: ['not_found', 'conflict', 'gateway_unavailable', 'gateway_error'],
  });
  addPath(registry, { tag, scope, orScope: 'pay', method: 'post', path: '/v1/cards/{id}/default', operationId: 'setDefaultCard', params: { id: 'The card id' }, summary: 'Make the card its payer’s default (first in that payer’s charge order)', description: '409 card_not_active for a card not saved yet: waiting for 3-D Secure, or `pending` (being saved by a top-up).', success: { status: 200, description: 'The card', schema: cardSchema }, errors: ['not_found', 'card_not_active'] });
  addPath(registry, { tag, scope, orScope: 'pay', method: 'put', path: '/v1/cards/order', operationId: 'reorderCards', summary: 'Set one payer’s whole charge order (the default payer’s when payer_id is absent); the first card becomes that payer’s default', body: cardOrderSchema, success: { status: 200, description: 'The cards in the new order', schema: cardList }, description: '422 validation_failed unless every live card of the payer is named once; 409 card_not_active when the first card (the new default) is not saved yet.', errors: ['validation_failed', 'card_not_active'] });
  addPath(registry, {
    tag, scope, orScope: 'pay', method: 'patch', path: '/v1/cards/{id}', operationId: 'updateCardExpiry', params: { id: 'The card id' }, summary: 'New expiry dates, verified with a new hold',
    description: 'On a decline the old dates stay (here and at the gateway). Failed updates count toward the card-testing limit. 502 gateway_error as on adding; 404 also when the card is deleted while its update is verified. 409 card_not_active for a card not saved yet (waiting for 3-D Secure, or `pending` with its top-up): its dates are the ones it is being verified with.',
    body: updateExpirySchema,
    success: { status: 200, description: 'Verified', schema: verified },
    more: { '202': { description: '3-D Secure needed', content: { 'application/json': { schema: redirect } } }, ...declined },
    errors: ['not_found', 'card_not_active', 'invalid_expiry', 'validation_failed', 'too_many_card_failures', 'gateway_unavailable', 'gateway_error'],
  });
  addPath(registry, { tag, scope, method: 'delete', path: '/v1/cards/{id}', operationId: 'deleteCard', params: { id: 'The card id' }, summary: 'Remove a card', description: '409 default_card_undeletable for a payer’s default card (except the only card of a payer that is not the default payer), and for the only verified card of an active account (which must keep one).', success: { status: 204, description: 'Removed' }, errors: ['not_found', 'default_card_undeletable'] });
  addPath(registry, { tag, method: 'get', path: '/v1/cards/{id}/authentication-return', operationId: 'getAuthenticationReturn', params: { id: 'The card id' }, summary: 'Addition: where the 3-D Secure page returns the customer when no return_url was given', success: { status: 200, description: 'A plain-text note: go back to the app, which confirms the card' } });
  addPath(registry, {
    tag: 'Gateways', method: 'post', path: '/v1/webhooks/stripe', operationId: 'receiveStripeWebhook', summary: 'Stripe events (signed)',
    description: 'Verified on the raw body with STRIPE_WEBHOOK_SECRET; each event id is processed once. Handles 3-D Secure completion (payment_intent.*) and the card updater (payment_method.automatically_updated). 404 when no secret is configured.',
    success: { status: 200, description: 'Received', schema: z.object({ received: z.literal(true), duplicate: z.boolean(), type: z.string() }) },
    errors: ['invalid_signature', 'not_found'],
  });
}
