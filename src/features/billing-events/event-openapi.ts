import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EVENT_TYPES } from '../../events/event-types.js';
import { addPath } from '../../openapi/openapi-helpers.js';
import { eventListQuerySchema } from './event-routes.js';

export const eventSchema = z.object({
  id: z.string().describe('evt_ and 20 letters and digits: receivers of the webhook dedupe by it'),
  type: z.enum(EVENT_TYPES),
  account_id: z.string(),
  created_at: z.string(),
  data: z.object({ object: z.record(z.string(), z.unknown()).describe('What changed, as the API shows it: a charge, a top-up, a card, a transfer ticket') }),
});

export function registerEventPaths(registry: OpenAPIRegistry): void {
  addPath(registry, {
    tag: 'Billing events',
    scope: 'billing',
    orScope: 'support',
    method: 'get',
    path: '/v1/events',
    operationId: 'listEvents',
    summary: 'Billing events, newest first',
    description:
      'For the billing system (scope billing) and support (scope support; each read is audited). `limit` (1–100, default 20) and `starting_after` (an event id) page through them, `has_more` says whether more follow; `type` and `account_id` filter. Events are kept EVENT_RETENTION_DAYS (default 30). With BILLING_WEBHOOK_URL each event is also POSTed there, signed (`Card-Vault-Signature`), at least once and in order per account: see docs/billing-events.md.',
    query: eventListQuerySchema,
    success: { status: 200, description: 'List', schema: z.object({ data: z.array(eventSchema), has_more: z.boolean() }) },
    errors: ['validation_failed'],
  });
}
