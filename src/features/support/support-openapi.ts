import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath } from '../../openapi/openapi-helpers.js';
import { cardSchema } from '../cards/card-openapi.js';
import { payerSchema } from '../payers/payer-openapi.js';
import { pastDueSummarySchema } from '../pay-page/pay-page-openapi.js';
import { accountSearchQuerySchema, auditQuerySchema } from './support-queries.js';

const nullableString = z.string().nullable();
const customerSees = z.object({ decline_code: nullableString, message: z.string().describe('What the customer is (or would be) told: coarse for risk declines and CVC/number mismatches.') });
const failure = z.object({
  code: nullableString.describe('Our code: card_declined, authentication_failed, duplicate_card, gateway_unavailable, gateway_error, interrupted…'),
  gateway_code: nullableString.describe('The gateway’s error code, e.g. card_declined, expired_card'),
  decline_code: nullableString.describe('The gateway’s real decline code, e.g. stolen_card, insufficient_funds'),
  gateway_message: nullableString,
  gateway_request_id: nullableString,
  intent_id: nullableString,
  customer_sees: customerSees,
  support_reason: z.string().describe('What support should know and suggest'),
  retryable: z.boolean().describe('Whether the same card, unchanged, may succeed later'),
});
const hold = z.object({
  id: z.string(),
  intent_id: nullableString,
  amount: z.number().int(),
  currency: z.string(),
  status: z.enum(['authorizing', 'requires_action', 'held', 'released', 'release_failed', 'declined', 'abandoned']),
  release_after: nullableString,
  released_at: nullableString,
  release_attempts: z.number().int(),
  last_error: nullableString,
  created_at: z.string(),
});
const summary = z.object({
  id: z.string(),
  email: z.string(),
  name: nullableString,
  country: z.string(),
  mobile: nullableString,
  type: z.enum(['individual', 'enterprise']).nullable(),
  status: z.enum(['registered', 'active']),
  created_at: z.string(),
});
// The customer's card, plus what only support sees.
const card = cardSchema.extend({
  id_number: nullableString.optional().describe('In clear (support only); null when it no longer decrypts. The read is audited.'),
  id_number_masked: nullableString.optional(),
  gateway_payment_method_id: z.string(),
  retry_block: z
    .object({ reason: z.enum(['do_not_retry', 'needs_customer']).nullable(), code: nullableString, since: nullableString, not_before: nullableString.describe('Mastercard’s “retry after” (MAC 24–30)') })
    .nullable()
    .describe('What the issuer said about retrying the card off-session (the card-network rules); null when nothing stands'),
  updated_at: z.string(),
  deleted_at: nullableString.describe('Removed cards are listed too'),
});
const historyEntry = z.object({
  id: z.string(),
  action: z.enum(['add', 'update_expiry']),
  card_id: nullableString,
  brand: nullableString,
  last4: nullableString,
  exp_month: z.number().int().nullable(),
  exp_year: z.number().int().nullable(),
  result: z.enum(['pending', 'succeeded', 'failed']),
  failure: failure.nullable(),
  hold: hold.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
const attempt = z.object({
  number: z.number().int(),
  card_id: z.string(),
  brand: z.string(),
  last4: z.string(),
  result: z.enum(['pending', 'succeeded', 'declined', 'error']),
  failure: failure
    .extend({
      advice_code: nullableString.describe('The gateway’s advice: do_not_try_again, try_again_later, confirm_card_data'),
      network_decline_code: nullableString.describe('The issuer’s raw code as the network passed it on'),
      network_advice_code: nullableString.describe('Mastercard’s Merchant Advice Code'),
      network: z.string(),
      network_rules: z
        .object({ verdict: z.enum(['never_again', 'needs_customer', 'wait', 'soft']), reason: z.string() })
        .optional()
        .describe('On declines: what the card-network rules make of it, in plain words'),
    })
    .nullable(),
  intent_id: nullableString,
  gateway_request_id: nullableString,
  created_at: z.string(),
  completed_at: nullableString,
});
const dunningStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attempt'), round: z.number().int(), at: z.string(), card_id: z.string(), last4: z.string(), result: z.enum(['succeeded', 'declined', 'error', 'pending']), decline_code: nullableString, advice_code: nullableString, message: nullableString }),
  z.object({ kind: z.literal('notice'), round: z.number().int(), at: z.string(), channel: z.enum(['email', 'sms']), notice: z.enum(['first_failure', 'retry_failed', 'final']), message_id: z.string() }),
  z.object({ kind: z.literal('ended'), round: z.number().int(), at: z.string(), status: z.enum(['succeeded', 'failed', 'canceled']) }),
]);
const charge = z.object({
  id: z.string(),
  status: z.enum(['processing', 'succeeded', 'failed', 'past_due', 'canceled']),
  amount: z.number().int(),
  currency: z.string(),
  description: nullableString,
  reference: nullableString,
  card_id: nullableString,
  payer_id: nullableString.describe('The payer whose cards it tried'),
  failure: z.object({ code: nullableString, customer_sees: customerSees, support_reason: z.string(), retryable: z.boolean() }).nullable(),
  settling: nullableString.describe('For a charge still processing: how it settles'),
  attempts: z.array(attempt),
  skipped: z
    .array(
      z.object({
        card_id: z.string(),
        last4: z.string(),
        reason: z.enum(['do_not_retry', 'retry_later', 'retry_limit', 'needs_customer']),
        eligible_after: z.string().optional(),
        support_reason: z.string(),
      }),
    )
    .describe('Cards the charge did not try under the card-network rules, and why'),
  dunning: z.array(dunningStep).nullable().describe('For a charge that went past due (on_failure "retry"), whatever its status now: each try (round 0 is the billing job’s own pass, 1… the retries), each notice sent, and how it ended, oldest first; null otherwise'),
  created_at: z.string(),
  completed_at: nullableString,
});
const auditEvent = z.object({
  id: z.string(),
  actor: z.string().describe('The token’s sub'),
  action: z.enum(['search_accounts', 'view_account', 'read_audit', 'record_transfer', 'list_transfer_tickets', 'read_transfer_certificate', 'credit_transfer_ticket', 'reject_transfer_ticket']),
  endpoint: z.string().describe('Method and route pattern, e.g. GET /v1/support/accounts/{id}'),
  query: z.record(z.string(), z.unknown()).describe('The search keys, account id or paging parameters as read'),
  account_ids: z.array(z.string()).describe('Every account whose data the answer carried'),
  disclosed: z.array(z.string()).describe('Personal data shown in clear, e.g. id_number'),
  result_count: z.number().int(),
  request_id: nullableString,
  created_at: z.string(),
});

/** The support endpoints in the OpenAPI document: what the contract names, plus the additions
 * (brand, exp_month, exp_year, account_id and limit on search; has_more; the audit's filters). */
export function registerSupportPaths(registry: OpenAPIRegistry): void {
  const tag = 'Support';
  addPath(registry, {
    tag,
    method: 'get',
    path: '/v1/support/accounts',
    operationId: 'searchSupportAccounts',
    scope: 'support',
    summary: 'Find accounts by email, phone, card last4 or account id',
    description:
      'Keys narrow each other. email: case-insensitive, the whole email or its beginning (exact matches first). phone: any format a customer quotes, read as E.164 (national numbers in each country accounts are registered in). last4: kept, removed and failed cards, optionally with brand, exp_month, exp_year (two-digit years read as 20YY). Audited.',
    query: accountSearchQuerySchema,
    success: { status: 200, description: 'Matching accounts, newest first', schema: z.object({ data: z.array(summary), has_more: z.boolean() }) },
    errors: ['validation_failed', 'invalid_phone'],
  });
  addPath(registry, {
    tag,
    method: 'get',
    path: '/v1/support/accounts/{id}',
    operationId: 'getSupportAccount',
    params: { id: 'The account id' },
    scope: 'support',
    summary: 'An account with onboarding, payers, cards, card history with holds, and charges with attempts',
    description: 'Each failure carries the gateway’s codes and ids, what the customer is told and what support should know and suggest. The customer’s id number is shown in clear, and that is recorded in the audit. The newest 50 charges.',
    success: {
      status: 200,
      description: 'The account as support sees it',
      schema: z.object({
        account: z.record(z.string(), z.unknown()),
        past_due: pastDueSummarySchema.nullable().describe('While charges are past due: since when, how much, which charges'),
        onboarding: z.record(z.string(), z.unknown()),
        payers: z.array(payerSchema.extend({ deleted_at: nullableString })).describe('Every payer, removed ones too, the default first; each card, charge and top-up names its payer_id'),
        cards: z.array(card),
        card_history: z.array(historyEntry),
        charges: z.array(charge),
        charges_has_more: z.boolean(),
      }),
    },
    errors: ['not_found'],
  });
  addPath(registry, {
    tag,
    method: 'get',
    path: '/v1/support/audit',
    operationId: 'listSupportAudit',
    scope: 'support',
    summary: 'Every support read, newest first',
    description: 'Paged like Stripe: limit (1–100, default 20) and starting_after (the last id of the previous page); filter by account_id or actor. Reading the audit is itself audited.',
    query: auditQuerySchema,
    success: { status: 200, description: 'Audit events', schema: z.object({ data: z.array(auditEvent), has_more: z.boolean() }) },
    errors: ['validation_failed'],
  });
}
