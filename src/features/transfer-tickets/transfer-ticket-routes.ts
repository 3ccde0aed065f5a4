import { Router, type Request } from 'express';
import { z } from 'zod';
import { accountIdOf, requireScope } from '../../http/authenticate.js';
import { checkFormFields } from '../../http/check-request-input.js';
import { validate } from '../../http/validate.js';
import { readTicketForm } from './read-ticket-form.js';
import { certificateFileName } from './rules/certificate-type.js';
import type { SupportActor, TransferTicketDesk } from './transfer-ticket-desk.js';
import type { TransferTicketService } from './transfer-ticket-service.js';
import { toSupportTicketResponse, toTicketResponse } from './transfer-ticket-view.js';

/** The ticket's POST reads its own body (a form, not JSON): the Idempotency-Key layer must not
 * keep a key for a body it never saw. The reference is the ticket's key: the same ticket again is
 * 409 transfer_ticket_exists, naming the open one. */
export const TRANSFER_TICKET_ROUTES_WITH_OWN_KEYS = [/^\/v1\/transfer-tickets\/?$/];

export const ticketPageSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().min(1).max(100).optional(),
});

export const supportTicketQuerySchema = ticketPageSchema.extend({
  status: z.enum(['submitted', 'credited', 'rejected']).optional(),
});

export const rejectTicketSchema = z.strictObject({
  reason: z.string().trim().min(1, 'is required: tell the customer why, in words they can act on').max(1000),
});

const page = (query: z.infer<typeof ticketPageSchema>) => ({ limit: query.limit, ...(query.starting_after ? { startingAfter: query.starting_after } : {}) });
const ticketIdOf = (req: Request) => String(req.params.id);
const actorOf = (req: Request, endpoint: string): SupportActor => ({ actor: req.principal?.subject ?? '', endpoint, requestId: req.id });

/** Bank transfer tickets: the customer's form and list, support's queue and decisions. */
export function createTransferTicketRoutes(deps: { tickets: TransferTicketService; desk: TransferTicketDesk }): Router {
  const router = Router();
  const customer = requireScope('account');
  const support = requireScope('support');
  const { tickets, desk } = deps;

  router.post('/v1/transfer-tickets', customer, async (req, res) => {
    const form = await readTicketForm(req);
    // The input rules JSON bodies get at the edge, here once the form is read: before anything is stored or logged.
    checkFormFields(form.fields);
    const ticket = await tickets.submit(accountIdOf(req), form.fields, form.certificate);
    res.status(201).location(`/v1/transfer-tickets/${ticket.id}`).json(toTicketResponse(ticket));
  });

  router.get('/v1/transfer-tickets', customer, async (req, res) => {
    const { tickets: found, hasMore } = await tickets.list(accountIdOf(req), page(validate(ticketPageSchema, req.query, 'query')));
    res.json({ data: found.map(toTicketResponse), has_more: hasMore });
  });

  router.get('/v1/transfer-tickets/:id', customer, async (req, res) => {
    res.json(toTicketResponse(await tickets.get(accountIdOf(req), ticketIdOf(req))));
  });

  router.get('/v1/support/transfer-tickets', support, async (req, res) => {
    const query = validate(supportTicketQuerySchema, req.query, 'query');
    const { tickets: found, hasMore } = await desk.list(actorOf(req, 'GET /v1/support/transfer-tickets'), query.status, page(query));
    res.json({ data: found.map(toSupportTicketResponse), has_more: hasMore });
  });

  router.get('/v1/support/transfer-tickets/:id/certificate', support, async (req, res) => {
    const { ticket, certificate } = await desk.certificate(actorOf(req, 'GET /v1/support/transfer-tickets/{id}/certificate'), ticketIdOf(req));
    // Never shown inline: a download of its real type that no browser may sniff into something else.
    res
      .set({
        'Content-Type': certificate.contentType,
        'Content-Disposition': `attachment; filename="${certificateFileName(ticket.id, certificate.contentType)}"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'no-store',
      })
      .send(certificate.content);
  });

  router.post('/v1/support/transfer-tickets/:id/credit', support, async (req, res) => {
    const { ticket, balance } = await desk.credit(actorOf(req, 'POST /v1/support/transfer-tickets/{id}/credit'), ticketIdOf(req));
    res.json({ ticket: toSupportTicketResponse(ticket), balance });
  });

  router.post('/v1/support/transfer-tickets/:id/reject', support, async (req, res) => {
    const { reason } = validate(rejectTicketSchema, req.body);
    res.json(toSupportTicketResponse(await desk.reject(actorOf(req, 'POST /v1/support/transfer-tickets/{id}/reject'), ticketIdOf(req), reason)));
  });

  return router;
}
