import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath } from '../../openapi/openapi-helpers.js';
import { chargeListQuerySchema, chargeRequestSchema } from './charge-routes.js';

const attempt = z.object({
  card_id: z.string(),
  brand: z.string().describe('Addition'),
  last4: z.string(),
  result: z
    .enum(['succeeded', 'declined', 'error', 'pending'])
    .describe('`pending` (an addition) only while the charge is processing and this try’s outcome is not known yet'),
  decline_code: z.string().optional().describe('The gateway’s real decline code (billing is not shown the coarse customer codes)'),
  advice_code: z.string().optional().describe('The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data'),
  network_decline_code: z.string().optional().describe('The issuer’s raw response code as the card network passed it on (Visa 43, 51, …)'),
  network_advice_code: z.string().optional().describe('The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …)'),
  network: z.string().optional().describe('Addition: on declines, the card’s network (visa, mastercard, …)'),
  message: z.string().optional(),
  round: z.number().int().describe('Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge)'),
  created_at: z.string(),
});
export const chargeSchema = z.object({
  id: z.string(),
  account_id: z.string().describe('Addition'),
  status: z.enum(['processing', 'succeeded', 'failed', 'past_due', 'canceled']).describe('past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge'),
  amount: z.number().int(),
  currency: z.string(),
  card_id: z.string().nullable().describe('The card that paid'),
  payer_id: z.string().nullable().describe('The payer whose cards it tried (null: the account had no payer yet)'),
  source: z.enum(['cards', 'balance', 'balance_then_cards']).describe('How it is paid'),
  balance_amount: z.number().int().describe('The part the balance paid (returned if the cards cannot pay the rest)'),
  card_amount: z.number().int().describe('The part left to the cards'),
  description: z.string().nullable().describe('Addition'),
  reference: z.string().nullable().describe('Addition'),
  failure_code: z
    .enum(['all_cards_declined', 'gateway_error', 'no_usable_card', 'retries_exhausted'])
    .optional()
    .describe('Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed'),
  on_failure: z.enum(['fail', 'retry']).describe('What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE'),
  past_due_since: z.string().nullable().describe('When it first became past due (kept once it ends)'),
  next_retry_at: z.string().nullable().describe('While past due: when it is retried next'),
  attempts: z.array(attempt).describe('Every try, in the order made'),
  skipped: z
    .array(
      z.object({
        card_id: z.string(),
        last4: z.string(),
        reason: z.enum(['do_not_retry', 'retry_later', 'retry_limit', 'needs_customer']),
        eligible_after: z.string().optional().describe('When the card may be tried again (retry_later, retry_limit)'),
      }),
    )
    .describe('The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md)'),
  created_at: z.string().describe('Addition'),
  completed_at: z.string().nullable().describe('Addition'),
});
const withCharge = (description: string, codes: [string, ...string[]]) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ code: z.enum(codes), detail: z.string(), charge: chargeSchema }) } },
});

export function registerChargePaths(registry: OpenAPIRegistry): void {
  const tag = 'Charges';
  const scope = 'billing' as const;
  addPath(registry, {
    tag,
    scope,
    method: 'post',
    path: '/v1/accounts/{account_id}/charges',
    operationId: 'createCharge',
    params: { account_id: 'The account to charge' },
    summary: 'Charge an account: the default card, then the other usable cards in charge order',
    description:
      'Idempotency-Key is required: the charge is made once per (account, key), whoever sends it and however often. The charge is the key’s record: a finished charge is answered again with `Idempotent-Replayed: true` (not a 5xx); a request refused before a charge was recorded (400/422 on the body, 404, insufficient_balance, currency_mismatch) keeps nothing, so the same key may be sent again corrected. Amounts are integers in the minor unit, at least the currency’s minimum (GET /v1/reference/currencies) and at most CHARGE_MAX_AMOUNT_USD or its equivalent. Expired cards and cards waiting for 3-D Secure are skipped. When the gateway fails the fallback stops with 503 and the charge processing; send the same request with the same key later to read its outcome. `gateway_outcome_unknown`: a payment intent had been created for the try, and confirming it failed in any way (timeout, 5xx, or errors that are retryable on their own, since an earlier confirmation may still have gone through): money may have moved, and the service settles the charge in the background by reading the gateway’s record of that intent, never by confirming it again. `payer_id`: only that payer’s cards are tried (its default first, then its charge order), never another payer’s; without it, the default payer’s; 404 for a payer that is not the account’s. `gateway_unavailable` (an addition): the gateway failed before the try had a payment intent, so the charge was never sent to the card and no money moved; the charge is tried again in the background.',
    body: chargeRequestSchema.extend({ amount: z.number().int().positive().describe('Minor units') }),
    headers: z.object({ 'Idempotency-Key': z.string().max(255) }),
    success: { status: 201, description: 'A card paid', schema: chargeSchema },
    more: {
      '402': withCharge(
        'all_cards_declined or no_usable_card, with the charge: failed, or with on_failure retry past_due (with next_retry_at; the customer is told and the outcome comes as a billing event). insufficient_balance, with source balance, has no charge: nothing was taken',
        ['all_cards_declined', 'no_usable_card'],
      ),
      '502': withCharge(
        'gateway_error (an addition), with the failed charge: no card declined, and every try the gateway answered was refused as an invalid request (a 4xx that is not a decline). An integration problem on our side, not the customer’s card: nothing was charged, each refused intent was canceled, and retrying will not help until it is fixed.',
        ['gateway_error'],
      ),
      '503': withCharge(
        'With the charge still processing (Retry-After). gateway_outcome_unknown: confirming the try’s payment intent failed, so money may have moved; settled from the gateway’s record. gateway_unavailable: the gateway failed before any payment intent existed for the try; no money moved.',
        ['gateway_outcome_unknown', 'gateway_unavailable'],
      ),
    },
    errors: ['idempotency_key_required', 'invalid_idempotency_key', 'not_found', 'idempotency_key_in_use', 'idempotency_key_reused', 'invalid_amount', 'unsupported_currency', 'validation_failed', 'insufficient_balance', 'currency_mismatch'],
  });
  addPath(registry, {
    tag,
    scope,
    method: 'get',
    path: '/v1/accounts/{account_id}/charges',
    operationId: 'listCharges',
    params: { account_id: 'The account' },
    summary: 'The account’s charges, newest first',
    description: 'Addition: `limit` (1–100, default 20) and `starting_after` (a charge id) page through them; `has_more` says whether more follow.',
    query: chargeListQuerySchema,
    success: { status: 200, description: 'List', schema: z.object({ data: z.array(chargeSchema), has_more: z.boolean() }) },
    errors: ['not_found', 'validation_failed'],
  });
  addPath(registry, {
    tag,
    scope,
    method: 'post',
    path: '/v1/accounts/{account_id}/charges/{id}/cancel',
    operationId: 'cancelCharge',
    params: { account_id: 'The account', id: 'The past-due charge' },
    summary: 'End a past-due charge (the invoice was voided or paid elsewhere)',
    description:
      'The charge becomes `canceled`, is never retried, and billing hears `charge.canceled`; a balance part it took is given back. Only a past-due charge can be canceled: one that succeeded, failed or is in a retry round right now is a 409 `charge_not_past_due` (with Retry-After while a round runs). An Idempotency-Key, when given, answers a repeated cancel as the first.',
    success: { status: 200, description: 'The canceled charge', schema: chargeSchema },
    errors: ['not_found', 'charge_not_past_due'],
  });
  addPath(registry, { tag, scope, method: 'get', path: '/v1/accounts/{account_id}/charges/{id}', operationId: 'getCharge', params: { account_id: 'The account', id: 'The charge id' }, summary: 'One charge with its attempts', success: { status: 200, description: 'The charge', schema: chargeSchema }, errors: ['not_found'] });
}
