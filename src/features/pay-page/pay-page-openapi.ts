import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath } from '../../openapi/openapi-helpers.js';
import { paySessionRequestSchema } from './pay-routes.js';

const tag = 'Pay page';

export const pastDueSummarySchema = z.object({
  since: z.string().describe('When the oldest charge still past due first failed'),
  amount: z.number().int().describe('The sum of the past-due charges, minor units of `currency`'),
  currency: z.string(),
  charge_ids: z.array(z.string()),
});

const pastDueChargeSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  description: z.string().nullable(),
  past_due_since: z.string(),
  next_retry_at: z.string().nullable().describe('The next scheduled retry; null when none is left'),
  last_failures: z
    .array(z.object({ card_id: z.string(), last4: z.string(), brand: z.string(), decline_code: z.string().nullable(), advice_code: z.string().nullable(), message: z.string().nullable() }))
    .describe('The last round’s tries: which card, and what the issuer said (codes: a page words them for the customer)'),
});

const collectionResultSchema = z.object({
  collected: z.array(z.object({ charge_id: z.string(), status: z.enum(['succeeded', 'past_due', 'failed', 'processing', 'canceled']) })),
  past_due: pastDueSummarySchema.nullable().describe('What is still past due after the collection; null when all is paid'),
});

const idempotencyKey = z.object({ 'Idempotency-Key': z.string().max(255) });

export function registerPayPagePaths(registry: OpenAPIRegistry): void {
  addPath(registry, {
    tag,
    method: 'post',
    path: '/v1/pay/session',
    operationId: 'createPaySession',
    summary: 'Open a pay link',
    description:
      'The token of a pay link (`/pay/{token}`, sent in each past-due notice) for a customer token of that account, with no sign-in. `expires_in` is the shorter of the link’s remaining life and AUTH_TOKEN_TTL_SECONDS. An altered link, or anything that is not a pay link (an API token included): 401 `pay_link_invalid`; a link past PAY_LINK_TTL_SECONDS: 401 `pay_link_expired`. Neither says anything about the account. Rate limited per client address, like sign-in.',
    body: paySessionRequestSchema,
    success: {
      status: 201,
      description: 'A customer token for the link’s account',
      schema: z.object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number().int(), account_id: z.string() }),
    },
    errors: ['pay_link_invalid', 'pay_link_expired', 'validation_failed'],
  });
  addPath(registry, {
    tag,
    method: 'get',
    path: '/v1/account/past-due',
    operationId: 'getPastDue',
    scope: 'account',
    orScope: 'pay',
    summary: 'What the account owes: its past-due charges',
    description: '`summary` is null when nothing is past due. Each charge names the cards its last round tried and what each issuer said.',
    success: { status: 200, description: 'The past-due state', schema: z.object({ summary: pastDueSummarySchema.nullable(), charges: z.array(pastDueChargeSchema) }) },
  });
  addPath(registry, {
    tag,
    method: 'post',
    path: '/v1/account/past-due/collect',
    operationId: 'collectPastDue',
    scope: 'account',
    orScope: 'pay',
    summary: 'Pay now: retry the past-due charges on-session',
    description:
      'Idempotency-Key required. Each past-due charge is tried at once, one full fallback over the account’s cards, and the answer says how each ended; a decline is an answer, not an error (the charge stays `past_due`). A charge another worker is retrying at that moment is left to it.',
    headers: idempotencyKey,
    success: { status: 200, description: 'What each charge did, and what is left', schema: collectionResultSchema },
    errors: ['idempotency_key_required', 'invalid_idempotency_key', 'idempotency_key_in_use', 'idempotency_key_reused'],
  });
}
