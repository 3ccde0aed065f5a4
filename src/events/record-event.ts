import type { Knex } from 'knex';
import { newId } from '../ids.js';
import type { EventType } from './event-types.js';

export type { EventType } from './event-types.js';

/** Records an event in the transaction that made it happen, so an event is never told about a
 * change that rolled back (nor a change made without its event). GET /v1/events reads them and
 * the billing webhook delivers them (src/features/billing-events/). `object`: the thing that
 * changed, as the API shows it. */
export async function recordEvent(trx: Knex.Transaction, event: { type: EventType; accountId: string; object: Record<string, unknown> }, at: string): Promise<string> {
  const id = newId('evt');
  await trx('events').insert({ id, type: event.type, account_id: event.accountId, created_at: at, data: JSON.stringify({ object: event.object }) });
  return id;
}
