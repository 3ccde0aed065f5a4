import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath, problemSchema } from '../../openapi/openapi-helpers.js';
import { autoTopupSchema } from './auto-topup-routes.js';

const amount = z.number().int().positive();
const consent = z.object({ text: z.string().describe('The words shown to the customer'), version: z.string() });
const rule = z.object({
  status: z.enum(['active', 'disabled']),
  disabled_reason: z.string().optional().describe('Why the rule turned itself off: `failed_3_times`'),
  threshold: amount.describe('Below this (available + pending), a top-up is made'),
  amount: amount.optional().describe('Each top-up adds this much'),
  target: amount.optional().describe('Each top-up fills the balance up to this'),
  currency: z.string(),
  card_id: z.string().optional().describe('The card paid from; absent: the default card at the time'),
  monthly_limit: amount.optional().describe('At most this much in automatic top-ups per calendar month (UTC)'),
  consent: consent.extend({ accepted_at: z.string() }).describe('The stored-credential agreement automatic top-ups rely on'),
  failures_in_a_row: z.number().int().describe('Addition: automatic top-ups that failed since the last one paid (3 turn the rule off)'),
  next_try_after: z.string().optional().describe('Addition: after a failure, the next try waits at least an hour'),
  created_at: z.string(),
  updated_at: z.string(),
});
const body = autoTopupSchema.extend({
  threshold: amount.describe('Minor units, inside the currency’s top-up range'),
  amount: amount.optional().describe('Give amount or target, not both'),
  target: amount.optional().describe('Above threshold'),
  monthly_limit: amount.optional(),
  consent: z.literal(true).describe('The customer agreed to the consent text'),
});

/** The automatic top-up rule, as in the contract's "Automatic top-ups". */
export function registerAutoTopupPaths(registry: OpenAPIRegistry): void {
  const tag = 'Balance';
  addPath(registry, {
    method: 'put',
    path: '/v1/balance/auto_topup',
    operationId: 'setAutoTopup',
    summary: 'Turn on (or change) automatic top-ups',
    description:
      'When a debit takes `available + pending` below `threshold`, one top-up is made off-session from `card_id` (default: the default card), by `amount` or up to `target`, never over `monthly_limit` in a calendar month (UTC) or the currency’s top-up maximum. The rule stores the consent text, its version and time. A failure is emailed at once and the next try waits at least an hour; after 3 failures in a row the rule turns itself off.',
    scope: 'account',
    tag,
    body,
    success: { status: 200, description: 'The rule, active', schema: rule },
    errors: ['validation_failed', 'invalid_amount', 'account_not_active', 'not_found', 'no_usable_card', 'conflict'],
  });
  addPath(registry, {
    method: 'get',
    path: '/v1/balance/auto_topup',
    operationId: 'getAutoTopup',
    summary: 'The automatic top-up rule',
    scope: 'account',
    tag,
    success: { status: 200, description: 'The rule', schema: rule },
    more: {
      '404': {
        description: 'No rule; the problem carries the consent text a frontend shows before turning it on',
        content: { 'application/problem+json': { schema: problemSchema.extend({ consent }) } },
      },
    },
  });
  addPath(registry, {
    method: 'delete',
    path: '/v1/balance/auto_topup',
    operationId: 'deleteAutoTopup',
    summary: 'Turn automatic top-ups off (the rule is removed)',
    scope: 'account',
    tag,
    success: { status: 204, description: 'Removed' },
    errors: ['not_found'],
  });
}
