import { Router } from 'express';
import { z } from 'zod';
import { EVENT_TYPES } from '../../events/event-types.js';
import { toEventResponse } from '../../events/event-store.js';
import { requireAnyScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import type { EventReader } from './event-reader.js';

export const eventListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().min(1).max(100).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  account_id: z.string().min(1).max(100).optional(),
});

/** GET /v1/events, for the billing system and support. */
export function createEventRoutes(deps: { reader: EventReader }): Router {
  const router = Router();
  router.get('/v1/events', requireAnyScope('billing', 'support'), async (req, res) => {
    const query = validate(eventListQuerySchema, req.query, 'query');
    const principal = req.principal!;
    const { events, hasMore } = await deps.reader.list(
      // A token with the billing scope reads as billing (its reads are not support's to audit).
      { subject: principal.subject, support: !principal.scopes.has('billing'), endpoint: 'GET /v1/events', requestId: req.id },
      {
        limit: query.limit,
        ...(query.starting_after ? { startingAfter: query.starting_after } : {}),
        ...(query.type ? { type: query.type } : {}),
        ...(query.account_id ? { accountId: query.account_id } : {}),
      },
    );
    res.json({ data: events.map(toEventResponse), has_more: hasMore });
  });
  return router;
}
