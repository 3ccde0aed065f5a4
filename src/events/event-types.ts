/**
 * Every billing event type, as data: GET /v1/events validates its `type=` filter against it, the
 * OpenAPI document lists it, and a feature that starts telling billing something new adds its
 * type here (one line). Some are recorded by features still to come (past-due charges, payers).
 */
export const EVENT_TYPES = [
  'charge.succeeded',
  'charge.past_due',
  'charge.failed',
  'charge.canceled',
  'topup.paid',
  'topup.cancelled',
  'card.do_not_retry',
  'card.expiring',
  'payer.updated',
  'transfer_ticket.submitted',
  'transfer_ticket.credited',
  'transfer_ticket.rejected',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
