import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { CommitOwner } from '../db/commit-counter.js';
import type { RateLimitEvents } from '../http/rate-limits.js';
import type { Job } from '../jobs/poller.js';
import type { Logger } from '../logger.js';
import type { BacklogQueries } from './backlog-queries.js';

/** How a card verification ended. `declined` carries the decline code the customer was shown. */
export type VerificationResult = 'verified' | 'declined' | 'authentication_failed' | 'abandoned';
/** How a charge request or recovery pass ended; the last two leave the charge to recovery. */
export type ChargeResult = 'succeeded' | 'all_cards_declined' | 'no_usable_card' | 'outcome_unknown' | 'gateway_unavailable' | 'gateway_error';
/** How a top-up ended (the top-up feature records through `topupOutcome`). */
export type TopupResult = 'succeeded' | 'declined' | 'failed' | 'outcome_unknown';

/**
 * What an operator watches, beside the HTTP figures. Counters are per process (Prometheus sums the
 * instances); the backlog gauges are read from the shared database on each scrape, so every
 * instance reports the same backlog: alert on `max`, not `sum`. Labels come from closed lists only
 * (results, the customer-facing decline codes, job and limit names), never ids or free text.
 */
export class OperatorMetrics {
  private readonly verifications: Counter<'result' | 'decline_code'>;
  private readonly charges: Counter<'result'>;
  private readonly chargeAttempts: Histogram;
  private readonly topups: Counter<'result'>;
  private readonly topupSettleFailures: Counter;
  private readonly rateLimitRejections: Counter<'limit' | 'reason'>;
  private readonly rateLimitStoreFailures: Counter<'limit' | 'action'>;
  private readonly jobPasses: Counter<'job' | 'result'>;
  private readonly jobLastSuccess: Gauge<'job'>;
  private readonly dbCommits: Counter<'by'>;

  constructor(registry: Registry, backlog: BacklogQueries, clock: Clock, logger: Logger) {
    const registers = [registry];
    this.verifications = new Counter({ name: 'card_vault_verification_outcomes_total', help: 'Card verifications by result and the decline code the customer was shown', labelNames: ['result', 'decline_code'], registers });
    this.charges = new Counter({ name: 'card_vault_charge_outcomes_total', help: 'Charge requests and recovery passes by how they ended', labelNames: ['result'], registers });
    this.chargeAttempts = new Histogram({ name: 'card_vault_charge_attempts', help: 'Cards tried per finished charge', buckets: [1, 2, 3, 5, 10], registers });
    this.topups = new Counter({ name: 'card_vault_topup_outcomes_total', help: 'Top-ups by how they ended', labelNames: ['result'], registers });
    this.topupSettleFailures = new Counter({ name: 'card_vault_topup_settle_failures_total', help: 'Top-ups the background settler failed to settle on a pass (a fault, not an unknown gateway answer); each is retried with backoff', registers });
    this.topupSettleFailures.inc(0);
    this.rateLimitRejections = new Counter({ name: 'card_vault_rate_limit_rejections_total', help: 'Requests refused by a rate limit (over the limit, or the shared store unreachable on a fail-closed limit)', labelNames: ['limit', 'reason'], registers });
    this.rateLimitStoreFailures = new Counter({ name: 'card_vault_rate_limit_store_failures_total', help: 'Requests the shared rate-limit store could not count, by what the limit did with them', labelNames: ['limit', 'action'], registers });
    this.jobPasses = new Counter({ name: 'card_vault_job_passes_total', help: 'Background job passes by result', labelNames: ['job', 'result'], registers });
    // The benchmark reads this before and after N charges for "commits per charge": keep name and labels.
    this.dbCommits = new Counter({ name: 'cardvault_db_commits_total', help: 'Durable database commits (a transaction that wrote, or a write outside one), by whose: the service or the embedded gateway simulator', labelNames: ['by'], registers });
    this.dbCommits.inc({ by: 'service' }, 0);
    this.dbCommits.inc({ by: 'simulator' }, 0);
    this.jobLastSuccess = new Gauge({ name: 'card_vault_job_last_success_timestamp_seconds', help: 'When this process last finished a pass of the job', labelNames: ['job'], registers });

    // A scrape must answer even when the database does not: a failed read leaves the gauge empty.
    const collected = (read: () => Promise<void>) =>
      async function collect(): Promise<void> {
        try {
          await read();
        } catch (error) {
          logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'metrics: could not read the backlog');
        }
      };
    const ageSeconds = (since: string | null) => (since ? Math.max(0, (clock.now().getTime() - Date.parse(since)) / 1000) : 0);

    const holds: Gauge<'status'> = new Gauge({
      name: 'card_vault_holds_waiting_release', help: 'Verification holds still holding money, by status', labelNames: ['status'], registers,
      collect: collected(async () => {
        for (const [status, count] of Object.entries(await backlog.holdsWaitingForRelease())) holds.set({ status }, count);
      }),
    });
    const outboxWaiting: Gauge = new Gauge({
      name: 'card_vault_outbox_waiting_messages', help: 'Messages waiting for delivery in the outbox', registers,
      collect: collected(async () => outboxWaiting.set((await backlog.outbox()).waiting)),
    });
    // Each gauge reads for itself: a registry collects its metrics concurrently.
    const outboxAge: Gauge = new Gauge({
      name: 'card_vault_outbox_oldest_waiting_seconds', help: 'Age of the oldest message waiting for delivery (0 when none)', registers,
      collect: collected(async () => outboxAge.set(ageSeconds((await backlog.outbox()).oldestCreatedAt))),
    });
    const ticketsOpen: Gauge = new Gauge({
      name: 'card_vault_transfer_tickets_open', help: 'Bank transfer tickets waiting for support to credit or reject them', registers,
      collect: collected(async () => ticketsOpen.set((await backlog.openTransferTickets()).open)),
    });
    const ticketsAge: Gauge = new Gauge({
      name: 'card_vault_transfer_tickets_oldest_open_seconds', help: 'Age of the oldest open bank transfer ticket (0 when none)', registers,
      collect: collected(async () => ticketsAge.set(ageSeconds((await backlog.openTransferTickets()).oldestCreatedAt))),
    });
    const recovery: Gauge = new Gauge({
      name: 'card_vault_charges_awaiting_recovery', help: 'Charges in flight that no request or worker holds', registers,
      collect: collected(async () => recovery.set(await backlog.chargesAwaitingRecovery(clock.now().toISOString()))),
    });
    const lag: Gauge<'job'> = new Gauge({
      name: 'card_vault_job_lag_seconds', help: 'How long the oldest due row of each job has been waiting (0 when none)', labelNames: ['job'], registers,
      collect: collected(async () => {
        for (const [job, due] of Object.entries(await backlog.oldestDue(clock.now().toISOString()))) lag.set({ job }, ageSeconds(due));
      }),
    });
  }

  verificationOutcome(result: VerificationResult, declineCode?: string | null): void {
    this.verifications.inc({ result, decline_code: declineCode ?? 'none' });
  }

  chargeOutcome(result: ChargeResult, attempts?: number): void {
    this.charges.inc({ result });
    if (attempts !== undefined) this.chargeAttempts.observe(attempts);
  }

  topupOutcome(result: TopupResult): void {
    this.topups.inc({ result });
  }

  /** One top-up the settler could not settle on a pass (it is retried with backoff). */
  readonly topupSettleFailure = (): void => {
    this.topupSettleFailures.inc();
  };

  /** One durable commit (see db/commit-counter.ts); bound, so it can be handed over as a listener. */
  readonly dbCommit = (by: CommitOwner): void => {
    this.dbCommits.inc({ by });
  };

  /** The rate limits' events, as metrics. */
  readonly rateLimits: RateLimitEvents = {
    rejected: (limit) => this.rateLimitRejections.inc({ limit, reason: 'over_limit' }),
    storeFailed: (limit, action) => {
      this.rateLimitStoreFailures.inc({ limit, action });
      if (action === 'denied') this.rateLimitRejections.inc({ limit, reason: 'store_unavailable' });
    },
  };

  /** The job, counting its passes and stamping the last one that worked. */
  instrumentJob(job: Job): Job {
    return {
      name: job.name,
      runOnce: async () => {
        try {
          const done = await job.runOnce();
          this.jobPasses.inc({ job: job.name, result: 'ok' });
          this.jobLastSuccess.set({ job: job.name }, Date.now() / 1000);
          return done;
        } catch (error) {
          this.jobPasses.inc({ job: job.name, result: 'failed' });
          throw error;
        }
      },
    };
  }
}
