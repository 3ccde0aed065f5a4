// The port through which other features meet past-due charges (the account and support views,
// the cards and the balance when something changes, the pay page): they never read `charges`.

/** The account's past-due state (`past_due` on GET /v1/account and in support's views). */
export interface PastDueSummary {
  /** When the oldest charge still past due first failed. */
  since: string;
  /** The sum of the past-due charges, in `currency` (minor units). */
  amount: number;
  currency: string;
  charge_ids: string[];
}

/** One past-due charge as the pay page and the customer pages show it. */
export interface PastDueCharge {
  id: string;
  amount: number;
  currency: string;
  description: string | null;
  past_due_since: string;
  next_retry_at: string | null;
  /** The last round's tries: which card, and what the issuer said (codes; pages word them). */
  last_failures: Array<{ card_id: string; last4: string; brand: string; decline_code: string | null; advice_code: string | null; message: string | null }>;
}

/** What a collection did with each past-due charge it found. */
export interface CollectionResult {
  collected: Array<{ charge_id: string; status: 'succeeded' | 'past_due' | 'failed' | 'processing' | 'canceled' }>;
  /** Past-due charges left after it. */
  past_due: PastDueSummary | null;
}

export interface PastDueCharges {
  /** Null when nothing is past due (and several past-due charges in more than one currency
   * report the oldest charge's currency only: amounts in other currencies are left out). A read. */
  summaryOf(accountId: string): Promise<PastDueSummary | null>;
  listOf(accountId: string): Promise<PastDueCharge[]>;
  /**
   * Retries the account's past-due charges now, one full fallback each, and waits for them: a
   * card added, an expiry updated, a top-up paid, or the customer pressing "Pay now". Never
   * throws for a decline; a charge another worker is retrying is left to it.
   */
  collectNow(accountId: string, why: CollectionTrigger): Promise<CollectionResult>;
  /** Support's dunning timeline of one charge: each try and each notice, oldest first. A read. */
  timelineOf(chargeId: string): Promise<DunningStep[]>;
}

/** One step of a charge's dunning: `round` 0 is the billing job's own pass, 1… the retries. */
export type DunningStep =
  | { kind: 'attempt'; round: number; at: string; card_id: string; last4: string; result: 'succeeded' | 'declined' | 'error' | 'pending'; decline_code: string | null; advice_code: string | null; message: string | null }
  | { kind: 'notice'; round: number; at: string; channel: 'email' | 'sms'; notice: 'first_failure' | 'retry_failed' | 'final'; message_id: string }
  | { kind: 'ended'; round: number; at: string; status: 'succeeded' | 'failed' | 'canceled' };

export type CollectionTrigger = 'card_added' | 'expiry_updated' | 'topup_paid' | 'customer';
