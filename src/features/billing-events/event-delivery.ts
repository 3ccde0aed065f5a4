import { addSeconds, type Clock } from '../../clock.js';
import type { EventRow, EventStore } from '../../events/event-store.js';
import { toEventResponse } from '../../events/event-store.js';
import type { Logger } from '../../logger.js';
import { nextAttemptAfterFailure } from './delivery-schedule.js';
import { signatureHeader } from './webhook-signature.js';
import { postJson } from './webhook-post.js';

export const SIGNATURE_HEADER = 'Card-Vault-Signature';
const BATCH_SIZE = 20;
// Rounds per pass: each round moves every account's queue by one event.
const ROUNDS_PER_PASS = 10;
const TIMEOUT_MS = 10_000;
// Longer than the POST's timeout: a worker that stalls past it loses the event to another.
const LEASE_SECONDS = 60;

export type PostEvent = (url: string, body: string, headers: Record<string, string>, timeoutMs: number) => Promise<number>;

/**
 * Delivers billing events to BILLING_WEBHOOK_URL: at least once (an event is marked delivered only
 * after a 2xx, so a crash in between posts it again: receivers dedupe by id), in order per account
 * (only each account's oldest undelivered event is due), with backoff for 3 days. Each attempt
 * is claimed with a lease by a conditional UPDATE, so two instances never post the same event at
 * the same time.
 */
export class EventDelivery {
  constructor(
    private readonly deps: { store: EventStore; clock: Clock; logger: Logger; url: string; secret: string; post?: PostEvent },
  ) {}

  /** One pass: the due events, a few rounds; how many were delivered. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    for (let round = 0; round < ROUNDS_PER_PASS; round += 1) {
      const now = this.deps.clock.now();
      const heads = await this.deps.store.dueHeads(now.toISOString(), BATCH_SIZE);
      if (heads.length === 0) break;
      let moved = 0;
      for (const head of heads) {
        if (!(await this.deps.store.claim(head, addSeconds(now, LEASE_SECONDS).toISOString(), now.toISOString()))) continue;
        if (await this.attempt(head, head.attempts + 1)) moved += 1;
      }
      delivered += moved;
      if (moved === 0) break;
    }
    return delivered;
  }

  private async attempt(row: EventRow, attempt: number): Promise<boolean> {
    const body = JSON.stringify(toEventResponse(row));
    let problem: string;
    try {
      const status = await (this.deps.post ?? postJson)(this.deps.url, body, { [SIGNATURE_HEADER]: signatureHeader(body, this.deps.secret, this.deps.clock.now()), 'User-Agent': 'Card-Vault-Webhooks/1' }, TIMEOUT_MS);
      if (status >= 200 && status < 300) {
        await this.deps.store.delivered(row.seq, this.deps.clock.now().toISOString());
        return true;
      }
      problem = `the receiver answered ${status}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    const now = this.deps.clock.now();
    const next = nextAttemptAfterFailure(new Date(row.created_at), attempt, now);
    await this.deps.store.failed(row.seq, next ? { nextAttemptAt: next.toISOString() } : { givenUpAt: now.toISOString() }, problem);
    this.deps.logger.warn({ event_id: row.id, type: row.type, attempt, err: { message: problem } }, next ? 'billing event delivery failed, will retry' : 'billing event delivery gave up after 3 days');
    return false;
  }
}
