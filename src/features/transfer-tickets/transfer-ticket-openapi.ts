import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { ErrorCode } from '../../errors.js';
import { problems } from '../../openapi/openapi-helpers.js';
import { MAX_TRANSFER_AMOUNT } from '../balance/transfer-service.js';
import { CERTIFICATE_MAX_BYTES } from './read-ticket-form.js';
import { EARLIEST_PAID_ON, MAX_NOTE_LENGTH, MAX_REFERENCE_LENGTH } from './rules/ticket-fields.js';
import { rejectTicketSchema, supportTicketQuerySchema, ticketPageSchema } from './transfer-ticket-routes.js';

const ticket = z.object({
  id: z.string().describe('tkt_ and 20 letters and digits'),
  status: z.enum(['submitted', 'credited', 'rejected']),
  amount: z.number().int().describe('Minor units, in the balance’s currency'),
  currency: z.string(),
  reference: z.string().describe('The transfer’s reference or invoice number'),
  paid_on: z.string().describe('YYYY-MM-DD'),
  note: z.string().nullable(),
  certificate: z.object({ type: z.enum(['application/pdf', 'image/png', 'image/jpeg']).describe('Recognised from the content'), size: z.number().int() }).describe('Addition'),
  rejection_reason: z.string().optional(),
  transaction_id: z.string().optional().describe('Addition: the balance transaction that credited it'),
  created_at: z.string(),
  decided_at: z.string().optional(),
});
const supportTicket = ticket.extend({ account_id: z.string(), decided_by: z.string().optional().describe('The support operator who decided it') });
const idParams = z.object({ id: z.string() });

// A form, not JSON: the schema is written as JSON Schema (zod has no file type).
const ticketForm = {
  type: 'object' as const,
  required: ['amount', 'currency', 'reference', 'paid_on', 'certificate'],
  properties: {
    amount: { type: 'string' as const, pattern: '^[0-9]+$', description: `A positive whole number of minor units in the balance’s currency (12.50 USD is 1250), at most ${MAX_TRANSFER_AMOUNT}` },
    currency: { type: 'string' as const, pattern: '^[A-Za-z]{3}$', description: 'The balance’s currency (either case)' },
    reference: { type: 'string' as const, minLength: 1, maxLength: MAX_REFERENCE_LENGTH, description: 'The transfer’s reference or invoice number' },
    paid_on: { type: 'string' as const, format: 'date', description: `The day of the transfer, YYYY-MM-DD, from ${EARLIEST_PAID_ON} to today` },
    note: { type: 'string' as const, maxLength: MAX_NOTE_LENGTH, description: 'Free text for support (line breaks allowed)' },
    certificate: { type: 'string' as const, contentMediaType: 'application/octet-stream', description: `The bank’s certificate: a PDF, PNG or JPEG, recognised by its content (not its name), at most ${CERTIFICATE_MAX_BYTES} bytes (5 MB)` },
  },
};

interface Operation {
  operationId: string;
  method: RouteConfig['method'];
  path: string;
  summary: string;
  description?: string;
  scope: 'account' | 'support';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: RouteConfig['request'] extends infer R ? (R extends { body?: infer B } ? B : never) : never;
  success: RouteConfig['responses'];
  errors?: ErrorCode[];
}

function add(registry: OpenAPIRegistry, op: Operation): void {
  registry.registerPath({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.scope === 'support' ? 'Support' : 'Bank transfer tickets'],
    security: [{ bearer: [op.scope] }],
    request: { ...(op.params ? { params: op.params } : {}), ...(op.query ? { query: op.query } : {}), ...(op.body ? { body: op.body } : {}) },
    responses: { ...op.success, ...problems('unauthenticated', 'forbidden', 'rate_limited', ...(op.errors ?? [])) },
  });
}

const json = (status: number, description: string, schema: z.ZodType) => ({ [String(status)]: { description, content: { 'application/json': { schema } } } });

/** Bank transfer tickets (seed 002), as in the contract's section of that name. */
export function registerTransferTicketPaths(registry: OpenAPIRegistry): void {
  add(registry, {
    operationId: 'createTransferTicket',
    method: 'post',
    path: '/v1/transfer-tickets',
    scope: 'account',
    summary: 'Tell us of a bank transfer, with the bank’s certificate',
    description:
      'multipart/form-data, read as it streams: at most 5 text fields and one file, the file at most 5 MB (413 `payload_too_large` beyond, as for thousands of parts; nothing is stored). The text fields obey the input rules of JSON bodies (control characters, card numbers: 422). One open ticket per reference: the same reference again is 409 `transfer_ticket_exists` with the open `ticket_id` (no Idempotency-Key is kept for this form: the reference is its key). The customer is emailed; support credits the balance within three working days.',
    body: { required: true, content: { 'multipart/form-data': { schema: ticketForm, encoding: { certificate: { contentType: 'application/pdf, image/png, image/jpeg' } } } } },
    success: json(201, 'Submitted', ticket),
    errors: ['not_found', 'transfer_ticket_exists', 'payload_too_large', 'unsupported_media_type', 'invalid_request', 'validation_failed', 'invalid_amount', 'currency_mismatch', 'invalid_certificate', 'raw_card_data_refused'],
  });
  add(registry, { operationId: 'listTransferTickets', method: 'get', path: '/v1/transfer-tickets', scope: 'account', summary: 'The account’s tickets, newest first, paged', query: ticketPageSchema, success: json(200, 'A page of tickets', z.object({ data: z.array(ticket), has_more: z.boolean() })), errors: ['validation_failed'] });
  add(registry, { operationId: 'getTransferTicket', method: 'get', path: '/v1/transfer-tickets/{id}', scope: 'account', params: idParams, summary: 'One ticket (another account’s is 404)', success: json(200, 'The ticket', ticket), errors: ['not_found'] });
  add(registry, {
    operationId: 'listSupportTransferTickets',
    method: 'get',
    path: '/v1/support/transfer-tickets',
    scope: 'support',
    summary: 'Tickets across accounts, oldest submitted first (status=submitted: the open queue); audited',
    query: supportTicketQuerySchema,
    success: json(200, 'A page of tickets', z.object({ data: z.array(supportTicket), has_more: z.boolean() })),
    errors: ['validation_failed'],
  });
  add(registry, {
    operationId: 'getTransferTicketCertificate',
    method: 'get',
    path: '/v1/support/transfer-tickets/{id}/certificate',
    scope: 'support',
    params: idParams,
    summary: 'The certificate, as a download of its real type; audited',
    description: 'Content-Disposition: attachment, X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy: never shown inline.',
    success: {
      '200': {
        description: 'The file',
        content: Object.fromEntries(['application/pdf', 'image/png', 'image/jpeg'].map((type) => [type, { schema: { type: 'string' as const, contentMediaType: type } }])),
      },
    },
    errors: ['not_found'],
  });
  add(registry, {
    operationId: 'creditTransferTicket',
    method: 'post',
    path: '/v1/support/transfer-tickets/{id}/credit',
    scope: 'support',
    params: idParams,
    summary: 'Credit the balance through the transfer rule (once per reference); the customer is emailed; audited',
    description: 'Of two supports crediting the same ticket at once, one credits; the other gets 409 `transfer_ticket_decided`. A reference already credited (by hand, or another ticket) is 409 `transfer_already_credited` and the ticket stays open, to reject.',
    success: json(200, 'Credited', z.object({ ticket: supportTicket, balance: z.object({ available: z.number().int(), currency: z.string() }) })),
    errors: ['not_found', 'transfer_ticket_decided', 'transfer_already_credited', 'currency_mismatch'],
  });
  add(registry, {
    operationId: 'rejectTransferTicket',
    method: 'post',
    path: '/v1/support/transfer-tickets/{id}/reject',
    scope: 'support',
    params: idParams,
    summary: 'Reject with a reason the customer is emailed; audited',
    body: { required: true, content: { 'application/json': { schema: rejectTicketSchema } } },
    success: json(200, 'Rejected', supportTicket),
    errors: ['not_found', 'transfer_ticket_decided', 'validation_failed'],
  });
}
