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
  message: z.string().optional(),
  created_at: z.string(),
});
export const chargeSchema = z.object({
  id: z.string(),
  account_id: z.string().describe('Addition'),
  status: z.enum(['processing', 'succeeded', 'failed']),
  amount: z.number().int(),
  currency: z.string(),
  card_id: z.string().nullable().describe('The card that paid'),
  description: z.string().nullable().describe('Addition'),
  reference: z.string().nullable().describe('Addition'),
  failure_code: z.enum(['all_cards_declined', 'no_usable_card']).optional().describe('Addition: on failed charges'),
  attempts: z.array(attempt).describe('Every try, in the order made'),
  created_at: z.string().describe('Addition'),
  completed_at: z.string().nullable().describe('Addition'),
});
const withCharge = (description: string) => ({ description, content: { 'application/problem+json': { schema: z.object({ code: z.string(), detail: z.string(), charge: chargeSchema }) } } });

export function registerChargePaths(registry: OpenAPIRegistry): void {
  const tag = 'Charges';
  const scope = 'billing' as const;
  addPath(registry, {
    tag,
    scope,
    method: 'post',
    path: '/v1/accounts/{account_id}/charges',
    summary: 'Charge an account: the default card, then the other usable cards in charge order',
    description:
      'Idempotency-Key is required: the charge is made once per (account, key), whoever sends it and however often. Amounts are integers in the minor unit, at least the currency’s minimum (GET /v1/reference/currencies) and at most CHARGE_MAX_AMOUNT_USD or its equivalent. Expired cards and cards waiting for 3-D Secure are skipped. When the gateway’s answer is unknown the fallback stops: 503 with the charge processing, settled in the background from the gateway’s record; send the same request with the same key later to read its outcome.',
    body: chargeRequestSchema.extend({ amount: z.number().int().positive().describe('Minor units') }),
    headers: z.object({ 'Idempotency-Key': z.string().max(255) }),
    success: { status: 201, description: 'A card paid', schema: chargeSchema },
    more: {
      '402': withCharge('all_cards_declined or no_usable_card, with the failed charge'),
      '503': withCharge('gateway_outcome_unknown or gateway_unavailable, with the charge still processing (Retry-After)'),
    },
    errors: ['idempotency_key_required', 'invalid_idempotency_key', 'not_found', 'idempotency_key_in_use', 'idempotency_key_reused', 'invalid_amount', 'unsupported_currency', 'validation_failed'],
  });
  addPath(registry, {
    tag,
    scope,
    method: 'get',
    path: '/v1/accounts/{account_id}/charges',
    summary: 'The account’s charges, newest first',
    description: 'Addition: `limit` (1–100, default 20) and `starting_after` (a charge id) page through them; `has_more` says whether more follow.',
    query: chargeListQuerySchema,
    success: { status: 200, description: 'List', schema: z.object({ data: z.array(chargeSchema), has_more: z.boolean() }) },
    errors: ['not_found', 'validation_failed'],
  });
  addPath(registry, { tag, scope, method: 'get', path: '/v1/accounts/{account_id}/charges/{id}', summary: 'One charge with its attempts', success: { status: 200, description: 'The charge', schema: chargeSchema }, errors: ['not_found'] });
}
