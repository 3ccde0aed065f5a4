import type { BatchLine } from './batch-input.js';
import type { RateLimiter } from './rate-limiter.js';

export interface ChargeAttemptSummary {
  card_id: string;
  last4: string;
  result: string;
  decline_code?: string;
}

/** `past_due`: no card paid a line asked to retry; the service keeps collecting it (dunning). */
export type LineOutcome = 'succeeded' | 'past_due' | 'all_cards_declined' | 'no_usable_card' | 'processing' | 'rejected' | 'error';

export interface LineResult {
  line: BatchLine;
  outcome: LineOutcome;
  httpStatus?: number;
  code?: string;
  detail?: string;
  chargeId?: string;
  /** The charge's currency as the service answered it (the account's when the line left it blank). */
  currency?: string;
  cardId?: string;
  attempts: ChargeAttemptSummary[];
  replayed: boolean;
  requests: number;
}

export interface ClientOptions {
  baseUrl: string;
  token: string;
  limiter: RateLimiter;
  maxRetries: number;
  timeoutMs: number;
  /** Told before each wait, so the progress display can count lines that are retrying. */
  onRetry?: (line: BatchLine, reason: string, waitMs: number) => void;
}

// Worth asking again with the same key: the charge is not decided yet, or the request never got
// an answer. 409 idempotency_key_in_use: another request with this key is still running; 429:
// rate limited; 503: gateway unavailable or outcome unknown (the service settles it meanwhile);
// 500/502/504 and network errors: the key makes a resend safe.
const RETRY_STATUSES = new Set([409, 429, 500, 502, 503, 504]);
const MAX_BACKOFF_MS = 30_000;

/** Charges one line through the HTTP API, its reference as the Idempotency-Key, retrying what
 * may be retried with exponential backoff (or the server's Retry-After). */
export async function chargeLine(line: BatchLine, options: ClientOptions): Promise<LineResult> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/v1/accounts/${encodeURIComponent(line.accountId)}/charges`;
  const body = JSON.stringify({ amount: line.amount, ...(line.currency ? { currency: line.currency } : {}), reference: line.reference, ...(line.source ? { source: line.source } : {}), ...(line.onFailure ? { on_failure: line.onFailure } : {}) });
  let last: LineResult | undefined;
  for (let attempt = 0; attempt <= options.maxRetries; attempt += 1) {
    await options.limiter.take();
    let retryAfterMs: number | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': line.reference },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      last = toResult(line, response.status, await response.json().catch(() => ({})), response.headers.get('idempotent-replayed') === 'true', attempt + 1);
      const code = last.code;
      const retry = RETRY_STATUSES.has(response.status) && (response.status !== 409 || code === 'idempotency_key_in_use');
      if (!retry) return last;
      retryAfterMs = retryAfterHeader(response.headers.get('retry-after'));
    } catch (error) {
      last = { line, outcome: 'error', detail: `no answer: ${error instanceof Error ? error.message : String(error)}`, attempts: [], replayed: false, requests: attempt + 1 };
    }
    if (attempt === options.maxRetries) break;
    const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
    const waitMs = Math.max(retryAfterMs ?? 0, backoff);
    options.onRetry?.(line, last.code ?? last.detail ?? String(last.httpStatus), waitMs);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return last!;
}

interface ChargeBody {
  id?: string;
  currency?: string;
  status?: string;
  card_id?: string | null;
  attempts?: ChargeAttemptSummary[];
}

function toResult(line: BatchLine, status: number, body: Record<string, unknown>, replayed: boolean, requests: number): LineResult {
  const charge = (status === 201 ? body : body.charge) as ChargeBody | undefined;
  const code = typeof body.code === 'string' ? body.code : undefined;
  const outcome: LineOutcome =
    status === 201
      ? 'succeeded'
      : charge?.status === 'past_due'
        ? 'past_due'
      : code === 'all_cards_declined' || code === 'no_usable_card'
        ? code
        : charge?.status === 'processing'
          ? 'processing'
          : status >= 400 && status < 500 && status !== 409 && status !== 429
            ? 'rejected'
            : 'error';
  return {
    line,
    outcome,
    httpStatus: status,
    ...(code ? { code } : {}),
    ...(typeof body.detail === 'string' && status !== 201 ? { detail: body.detail } : {}),
    ...(charge?.id ? { chargeId: charge.id } : {}),
    ...(charge?.currency ? { currency: charge.currency } : {}),
    ...(charge?.card_id ? { cardId: charge.card_id } : {}),
    attempts: charge?.attempts ?? [],
    replayed,
    requests,
  };
}

function retryAfterHeader(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
