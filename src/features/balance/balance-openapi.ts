import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { ErrorCode } from '../../errors.js';
import { problems } from '../../openapi/openapi-helpers.js';
import { alertSchema, pageQuerySchema, transferSchema } from './balance-routes.js';
import { topupRequestSchema } from './topup-routes.js';

const balance = z.object({
  available: z.number().int().describe('Minor units; the sum of the ledger'),
  pending: z.number().int().describe('The sum of top-ups still `new`'),
  currency: z.string(),
  low_balance_alert: z.object({ threshold: z.number().int(), armed: z.boolean().describe('The next crossing sends the SMS (the balance is at or above the threshold)') }).nullable(),
});
const entry = z.object({
  id: z.string(),
  type: z.enum(['topup', 'charge', 'charge_reversal', 'transfer']),
  amount: z.number().int().describe('Signed: credits positive, debits negative'),
  balance_after: z.number().int(),
  currency: z.string().describe('Addition'),
  topup_id: z.string().optional(),
  charge_id: z.string().optional(),
  transfer_reference: z.string().optional().describe('Addition: on transfers'),
  description: z.string().optional().describe("Addition: on charge and charge_reversal entries, the charge's description when it had one"),
  created_at: z.string(),
});
export const topupSchema = z.object({
  id: z.string(),
  number: z.string().describe('TU- and digits: a receipt number to read out on the phone'),
  status: z.enum(['new', 'paid', 'cancelled']),
  amount: z.number().int(),
  currency: z.string(),
  trigger: z.enum(['automatic', 'customer']).describe('`automatic` when the automatic top-up rule made it'),
  card_id: z.string().optional().describe('The saved card that paid, or the card this top-up saves'),
  payer_id: z.string().nullable().describe('The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet)'),
  brand: z.string().optional().describe('Addition'),
  last4: z.string().optional().describe('Addition'),
  failure: z
    .object({
      code: z.string().describe('card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off'),
      decline_code: z.string().optional().describe('Coarse, as on card entry (risk declines read generic_decline)'),
      message: z.string(),
    })
    .optional(),
  created_at: z.string(),
  paid_at: z.string().optional(),
  cancelled_at: z.string().optional(),
});
const nextAction = z.object({ type: z.literal('redirect'), url: z.string() });
const withTopup = (description: string, codes: [string, ...string[]]) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ code: z.enum(codes), detail: z.string(), decline_code: z.string().optional(), topup: topupSchema }) } },
});
const idParams = z.object({ id: z.string() });
const idempotencyKey = z.object({ 'Idempotency-Key': z.string().max(255) });
const paid = { status: 201, description: 'Paid: the balance is credited in the same transaction', schema: z.object({ topup: topupSchema, balance: z.object({ available: z.number().int(), currency: z.string() }) }) };
const challenge = { '202': { description: 'The bank asks for 3-D Secure: send the customer to next_action.url, then confirm', content: { 'application/json': { schema: z.object({ topup: topupSchema, next_action: nextAction }) } } } };
const outcomes = {
  '402': withTopup('card_declined or authentication_failed, with the cancelled top-up', ['card_declined', 'authentication_failed']),
  '503': withTopup('gateway_outcome_unknown: the top-up stays new and is settled in the background by asking the gateway', ['gateway_outcome_unknown']),
};

interface Operation {
  operationId: string;
  method: RouteConfig['method'];
  path: string;
  summary: string;
  description?: string;
  scope: 'account' | 'support';
  /** The pay page's session may call it too. */
  payLink?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  success: { status: number; description: string; schema: z.ZodType };
  more?: RouteConfig['responses'];
  errors?: ErrorCode[];
}

function add(registry: OpenAPIRegistry, op: Operation): void {
  registry.registerPath({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.scope === 'support' ? 'Support' : 'Balance'],
    security: [{ bearer: [op.scope] }, ...(op.payLink ? [{ bearer: ['pay'] }] : [])],
    request: {
      ...(op.params ? { params: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.headers ? { headers: op.headers } : {}),
      ...(op.body ? { body: { content: { 'application/json': { schema: op.body } } } } : {}),
    },
    responses: {
      [String(op.success.status)]: { description: op.success.description, content: { 'application/json': { schema: op.success.schema } } },
      ...op.more,
      ...problems('unauthenticated', 'forbidden', ...(op.errors ?? [])),
    },
  });
}

/** Balance and top-ups (prepaid), as in the contract's section of that name. */
export function registerBalancePaths(registry: OpenAPIRegistry): void {
  add(registry, { operationId: 'getBalance', method: 'get', path: '/v1/balance', scope: 'account', payLink: true, summary: 'The balance, pending top-ups and the low-balance alert', success: { status: 200, description: 'The balance', schema: balance } });
  add(registry, {
    operationId: 'listBalanceTransactions',
    method: 'get',
    path: '/v1/balance/transactions',
    scope: 'account',
    summary: 'The ledger, newest first; the amounts add up to `available`',
    query: pageQuerySchema,
    success: { status: 200, description: 'A page of entries', schema: z.object({ data: z.array(entry), has_more: z.boolean() }) },
    errors: ['not_found', 'validation_failed'],
  });
  add(registry, {
    operationId: 'setBalanceAlert',
    method: 'put',
    path: '/v1/balance/alert',
    scope: 'account',
    summary: 'Set (or, with null, remove) the low-balance alert',
    description: 'One SMS to the verified mobile each time a debit takes the balance from at or above the threshold to below it; it re-arms once the balance is back at or above it.',
    body: alertSchema,
    success: { status: 200, description: 'The balance with its alert', schema: balance },
    errors: ['mobile_step_required', 'validation_failed'],
  });
  add(registry, {
    operationId: 'payPastDueFromBalance',
    method: 'post',
    path: '/v1/balance/pay-past-due',
    scope: 'account',
    payLink: true,
    summary: 'Pay the past-due charges from the balance (the pay page)',
    description:
      'Every past-due charge in the balance’s currency, all at once, in one transaction under the account lock: each becomes `succeeded` with `source: balance` (billing hears `charge.succeeded`) and the ledger gets one `charge` entry per charge. A charge that already holds a balance part (`balance_then_cards`) is left to the cards, and so is one whose retry round is running at that moment. 402 insufficient_balance when the balance does not cover them all (nothing is taken); 409 conflict when nothing past due can be paid from it. Idempotency-Key required: a repeat is answered as the first.',
    headers: idempotencyKey,
    success: {
      status: 200,
      description: 'What was paid, and the balance after',
      schema: z.object({ paid: z.array(z.object({ charge_id: z.string(), amount: z.number().int(), currency: z.string() })), balance: z.object({ available: z.number().int(), currency: z.string() }) }),
    },
    errors: ['idempotency_key_required', 'not_found', 'insufficient_balance', 'conflict', 'idempotency_key_in_use', 'idempotency_key_reused'],
  });
  add(registry, {
    operationId: 'createTopup',
    method: 'post',
    path: '/v1/topups',
    scope: 'account',
    summary: 'Top up the balance from a card, on session',
    description:
      'Idempotency-Key required: one top-up, one payment and one credit per key. A saved card (`card_id`, or the default) alone is charged, no fallback. `payer_id`: the payer the top-up is for (404 when it is not the account’s): `card_id` must be one of its cards, and without `card_id` its default card pays; a new card joins that payer; the receipt goes to its receipt_email. Without `payer_id`: the named card’s payer, or the default payer. A new `payment_method` is used once, or kept with `save_card: true` (Chile needs `id_type`/`id_number`), `pending` until the top-up is paid; its declines count toward CARD_FAILURES_PER_DAY. Amounts: `topup_min_amount`..`topup_max_amount` of GET /v1/reference/currencies. `holder_name` (addition) names a saved new card; it defaults to the account’s name. 502 gateway_error (with the cancelled top-up) when the gateway refuses the payment request itself, as on adding a card. The same key again: the top-up is the key’s record (per account and key, like a charge), so a finished top-up is answered again with `Idempotent-Replayed: true`, a paid one with the balance as its credit left it; a request refused before the top-up was made (400/422 on its body, 404, 409 account_not_active) keeps nothing and may be sent again corrected; while an earlier request with the key still holds the top-up (or crashed holding it), 409 idempotency_key_in_use with Retry-After saying how long at most; after that the retry settles the top-up from the gateway’s record and answers how it ended: 201 paid, 202 waiting for 3-D Secure, 402 declined, or 409 topup_cancelled (with the top-up: nothing was charged; a new top-up needs a new key). 409 conflict: the account’s currency changed while the top-up was being made; send it again.',
    headers: idempotencyKey,
    body: topupRequestSchema.extend({ amount: z.number().int().positive().describe('Minor units, in the account’s currency') }),
    success: paid,
    more: { ...challenge, ...outcomes },
    errors: ['idempotency_key_required', 'not_found', 'no_usable_card', 'account_not_active', 'duplicate_card', 'card_limit_reached', 'idempotency_key_in_use', 'idempotency_key_reused', 'invalid_amount', 'id_required', 'invalid_rut', 'invalid_id_number', 'validation_failed', 'too_many_card_failures', 'gateway_unavailable', 'gateway_error', 'topup_cancelled', 'conflict'],
  });
  add(registry, { operationId: 'listTopups', method: 'get', path: '/v1/topups', scope: 'account', summary: 'The top-ups, newest first, paged', query: pageQuerySchema, success: { status: 200, description: 'A page of top-ups', schema: z.object({ data: z.array(topupSchema), has_more: z.boolean() }) }, errors: ['not_found', 'validation_failed'] });
  add(registry, { operationId: 'getTopup', method: 'get', path: '/v1/topups/{id}', scope: 'account', params: idParams, summary: 'One top-up', success: { status: 200, description: 'The top-up', schema: topupSchema }, errors: ['not_found'] });
  add(registry, {
    operationId: 'confirmTopup',
    method: 'post',
    path: '/v1/topups/{id}/confirm',
    scope: 'account',
    params: idParams,
    summary: 'After the 3-D Secure page: the gateway’s record decides',
    success: paid,
    more: { ...challenge, ...outcomes },
    errors: ['not_found', 'topup_cancelled', 'gateway_error', 'idempotency_key_in_use'],
  });
  add(registry, {
    operationId: 'cancelTopup',
    method: 'post',
    path: '/v1/topups/{id}/cancel',
    scope: 'account',
    params: idParams,
    summary: 'Cancel a top-up still new (its payment is canceled at the gateway first)',
    success: { status: 200, description: 'The cancelled top-up', schema: topupSchema },
    errors: ['not_found', 'topup_not_cancellable'],
  });
  add(registry, {
    operationId: 'createTransfer',
    method: 'post',
    path: '/v1/support/accounts/{id}/transfers',
    scope: 'support',
    params: idParams,
    summary: 'Record a bank transfer received for the account: credited once per reference (trimmed, letter case ignored: inv-1 is INV-1), audited',
    headers: idempotencyKey,
    body: transferSchema.extend({ amount: z.number().int().positive() }),
    success: { status: 201, description: 'Credited', schema: z.object({ transaction: entry, balance: z.object({ available: z.number().int(), currency: z.string() }) }) },
    errors: ['idempotency_key_required', 'not_found', 'transfer_already_credited', 'currency_mismatch', 'invalid_amount', 'validation_failed'],
  });
}
