/**
 * Every error a client can see has an HTTP status and a stable snake_case `code` from this closed
 * list; it becomes problem+json in exactly one place (`http/problem-details.ts`).
 */
export const errorCodes = {
  // 400
  invalid_json: 400,
  invalid_request: 400,
  idempotency_key_required: 400,
  invalid_idempotency_key: 400,
  invalid_signature: 400, // webhooks: the signature does not match the raw body
  // 401
  unauthenticated: 401,
  invalid_code: 401, // sign-in; onboarding verifies use 422 explicitly
  pay_link_invalid: 401, // a pay link that was altered or is not one: ask for a new link (sign in at PUBLIC_BASE_URL)
  pay_link_expired: 401, // a pay link past PAY_LINK_TTL_SECONDS: ask for a new link (sign in at PUBLIC_BASE_URL)
  // 402
  card_declined: 402,
  authentication_failed: 402,
  all_cards_declined: 402,
  no_usable_card: 402,
  insufficient_balance: 402, // a charge from the balance alone, short of it
  retries_exhausted: 402, // a past-due charge whose dunning schedule ran out
  // 403
  forbidden: 403,
  // 404
  not_found: 404,
  // 409
  email_taken: 409,
  email_step_required: 409,
  mobile_step_required: 409,
  onboarding_incomplete: 409,
  duplicate_card: 409,
  card_limit_reached: 409,
  default_card_undeletable: 409,
  card_not_active: 409, // a card not saved yet (waiting for 3-D Secure, or being saved by a top-up) cannot be the default or get new dates
  idempotency_key_in_use: 409,
  conflict: 409,
  account_not_active: 409, // top-ups need a verified card first
  balance_not_empty: 409,
  topup_not_cancellable: 409,
  topup_cancelled: 409, // the top-up this key made ended cancelled, nothing charged: a new top-up needs a new key
  transfer_already_credited: 409,
  transfer_ticket_exists: 409, // a second open ticket for the same transfer reference
  transfer_ticket_decided: 409, // the ticket was already credited or rejected
  payer_limit_reached: 409, // MAX_PAYERS_PER_ACCOUNT live payers already
  charge_not_past_due: 409, // only a past-due charge can be canceled
  payer_in_use: 409, // a payer with cards, open charges, or the default cannot be deleted
  // 413
  payload_too_large: 413,
  // 415
  unsupported_media_type: 415,
  // 422
  validation_failed: 422,
  invalid_phone: 422,
  phone_region_mismatch: 422,
  phone_not_mobile: 422,
  code_expired: 422,
  unsupported_currency: 422,
  invalid_rut: 422,
  invalid_id_number: 422,
  id_required: 422,
  invalid_expiry: 422,
  invalid_amount: 422,
  raw_card_data_refused: 422,
  idempotency_key_reused: 422,
  currency_mismatch: 422,
  invalid_certificate: 422, // a transfer ticket's file: empty, or not a PDF, PNG or JPEG by its content
  // 429
  rate_limited: 429,
  resend_too_soon: 429,
  too_many_attempts: 429,
  too_many_card_failures: 429,
  // 500 / 502 / 503
  internal_error: 500,
  gateway_error: 502, // the gateway refused our request as invalid: an integration error, not a decline; retrying will not help
  gateway_unavailable: 503,
  gateway_outcome_unknown: 503,
  not_ready: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: {
      status?: number;
      errors?: FieldError[];
      /** Extra members of the problem document (e.g. `decline_code`, `charge`). */
      body?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = extra.status ?? errorCodes[code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const notFound = (what: string) => new AppError('not_found', `No such ${what}.`);
