import type { Knex } from 'knex';
import { newId } from '../ids.js';

export type EventType = 'card.do_not_retry';

/** Records an event in the transaction that made it happen, so an event is never told about a
 * change that rolled back (nor a change made without its event). The billing-events issue reads
 * and delivers them (`GET /v1/events`, the billing webhook). */
export async function recordEvent(trx: Knex.Transaction, event: { type: EventType; accountId: string; object: Record<string, unknown> }, at: string): Promise<string> {
  const id = newId('evt');
  await trx('events').insert({ id, type: event.type, account_id: event.accountId, created_at: at, data: JSON.stringify({ object: event.object }) });
  return id;
}
