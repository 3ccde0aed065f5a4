import type { BalanceBacklog } from '../features/balance/balance-backlog.js';
import type { HoldBacklog } from '../features/cards/hold-backlog.js';
import type { ChargeBacklog } from '../features/charges/charge-backlog.js';
import type { TicketBacklog } from '../features/transfer-tickets/ticket-backlog.js';
import type { OutboxBacklog } from '../messaging/outbox-backlog.js';

/** Each owner's part of the backlog, a port it exports (no SQL here names their tables). */
export interface BacklogPorts {
  holds: HoldBacklog;
  charges: ChargeBacklog;
  balance: BalanceBacklog;
  transferTickets: TicketBacklog;
  outbox: OutboxBacklog;
}

/**
 * The counts behind the operator gauges, read when Prometheus scrapes. Each is a COUNT or MIN over
 * the rows of one status, served by the (status, due time) indexes the jobs themselves use; none
 * writes. Times are ISO strings on both databases, so ages are worked out here.
 */
export class BacklogQueries {
  constructor(private readonly ports: BacklogPorts) {}

  /** Verification holds still holding money, by status (`held`, `release_failed`). */
  holdsWaitingForRelease(): Promise<Record<'held' | 'release_failed', number>> {
    return this.ports.holds.waitingForRelease();
  }

  /** Messages not yet delivered, and when the oldest of them was written. */
  outbox(): Promise<{ waiting: number; oldestCreatedAt: string | null }> {
    return this.ports.outbox.waiting();
  }

  /** Bank transfer tickets waiting for support, and when the oldest was sent. */
  openTransferTickets(): Promise<{ open: number; oldestCreatedAt: string | null }> {
    return this.ports.transferTickets.open();
  }

  /** Charges in flight that no live request or worker holds: the recovery job's backlog. */
  chargesAwaitingRecovery(now: string): Promise<number> {
    return this.ports.charges.awaitingRecovery(now);
  }

  /** For each job, since when its oldest due row has been waiting (null: nothing is due). */
  async oldestDue(now: string): Promise<Record<'message-delivery' | 'hold-release' | 'charge-recovery' | 'topup-settler', string | null>> {
    const [messages, holds, charges, topups] = await Promise.all([
      this.ports.outbox.oldestDue(now),
      this.ports.holds.oldestDue(now),
      this.ports.charges.oldestDue(now),
      this.ports.balance.oldestTopupDue(now),
    ]);
    return { 'message-delivery': messages, 'hold-release': holds, 'charge-recovery': charges, 'topup-settler': topups };
  }
}
