// The rows of `charges` and `charge_attempts` as the code reads them: the store writes them, the
// view and the billing events read them (apart from the store, so neither imports it back).

export type ChargeStatus = 'processing' | 'succeeded' | 'failed' | 'past_due' | 'canceled';
export type ChargeFailureCode = 'all_cards_declined' | 'gateway_error' | 'no_usable_card' | 'retries_exhausted';
/** What a charge that no card paid becomes: failed at once, or past due and retried (dunning). */
export type OnFailure = 'fail' | 'retry';
export type ChargeSource = 'cards' | 'balance' | 'balance_then_cards';

export interface ChargeRow {
  id: string;
  account_id: string;
  idempotency_key: string;
  request_hash: string;
  amount: number;
  currency: string;
  description: string | null;
  reference: string | null;
  status: ChargeStatus;
  failure_code: ChargeFailureCode | null;
  card_id: string | null;
  /** The payer whose cards it tries (payers feature); absent on rows written before payers. */
  payer_id?: string | null;
  /** How it is paid (see features/balance/balance-charges.ts); absent on rows written before. */
  source?: ChargeSource;
  balance_amount?: number;
  card_amount?: number | null;
  /** JSON: the cards the card-network rules made it skip (`SkippedCard[]`); null when none. */
  skipped?: string | null;
  /** Dunning (absent on rows written before it): `retry` keeps a charge no card paid as past due. */
  on_failure?: OnFailure;
  /** The round being tried or last tried: 0 is the billing job's own pass, 1… the retries. */
  dunning_round?: number;
  past_due_since?: string | null;
  next_retry_at?: string | null;
  locked_by: string | null;
  locked_until: string | null;
  settle_after: string | null;
  recovery_passes: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export type AttemptStatus = 'pending' | 'succeeded' | 'declined' | 'error';
export type AttemptErrorCode = 'gateway_error' | 'gateway_unavailable' | 'interrupted';

export interface AttemptRow {
  id: string;
  charge_id: string;
  number: number;
  card_id: string;
  brand: string;
  last4: string;
  gateway: string;
  gateway_customer_id: string;
  gateway_payment_method_id: string;
  intent_id: string | null;
  status: AttemptStatus;
  error_code: AttemptErrorCode | null;
  decline_code: string | null;
  gateway_code: string | null;
  message: string | null;
  gateway_request_id: string | null;
  /** What the gateway said of a decline beyond its code (the card-network rules read them). */
  advice_code?: string | null;
  network_decline_code?: string | null;
  network_advice_code?: string | null;
  network?: string | null;
  /** The dunning round it belongs to (0: the charge's first pass). */
  round?: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export type AttemptResult = Pick<AttemptRow, 'status' | 'error_code' | 'decline_code' | 'gateway_code' | 'message' | 'gateway_request_id'> &
  Pick<AttemptRow, 'advice_code' | 'network_decline_code' | 'network_advice_code' | 'network'>;

/** A try's result that is written together with the fallback's next step (the next try, or the
 * charge's failure), so that a decline and what follows it cost one commit. */
export interface AttemptFinish {
  id: string;
  /** The card tried: a never-again decline changes its status. */
  cardId?: string;
  result: AttemptResult;
  at: string;
}

/** A charge as it stands, with its tries: what the fallback carries along instead of reading back. */
export interface ChargeState {
  charge: ChargeRow;
  attempts: AttemptRow[];
}

// pg returns bigint columns as numbers (see create-knex), SQLite as numbers; normalize anyway.
export function toCharge(row: Record<string, unknown> | undefined): ChargeRow | undefined {
  if (!row) return undefined;
  return {
    ...(row as unknown as ChargeRow),
    amount: Number(row.amount),
    recovery_passes: Number(row.recovery_passes),
    dunning_round: Number(row.dunning_round ?? 0),
    balance_amount: Number(row.balance_amount ?? 0),
    card_amount: row.card_amount === null || row.card_amount === undefined ? null : Number(row.card_amount),
  };
}

export function toAttempt(row: Record<string, unknown>): AttemptRow {
  return { ...(row as unknown as AttemptRow), number: Number(row.number), round: Number(row.round ?? 0) };
}
