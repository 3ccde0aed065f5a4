import type { Knex } from 'knex';
import { isUniqueViolation } from '../../db/is-unique-violation.js';

/** Event ids already processed (`webhook_events`). */
export class WebhookEventStore {
  /** Records the event inside the transaction that applies it; false when it was already
   * recorded. On PostgreSQL a failed insert aborts the transaction, so the caller lets the whole
   * transaction roll back and asks `wasProcessed` afterwards. */
  async record(trx: Knex.Transaction, event: { id: string; gateway: string; type: string; processedAt: string }): Promise<void> {
    await trx('webhook_events').insert({ id: event.id, gateway: event.gateway, type: event.type, processed_at: event.processedAt });
  }

  isDuplicate(error: unknown): boolean {
    return isUniqueViolation(error);
  }
}
