import type { Knex } from 'knex';
import { recordEvent } from '../../events/record-event.js';
import { toAttempt, toCharge } from './charge-rows.js';
import { toChargeResponse } from './charge-view.js';

const EVENT_OF_STATUS = { succeeded: 'charge.succeeded', failed: 'charge.failed', past_due: 'charge.past_due', canceled: 'charge.canceled' } as const;

/** `charge.succeeded`, `charge.failed`, `charge.past_due` (each failed dunning round) or
 * `charge.canceled`, with the charge as billing reads it, in the transaction that recorded it
 * (whoever did: the charge store, the dunning, or the balance when it pays in full). */
export async function recordChargeEndedIn(trx: Knex.Transaction, chargeId: string, at: string, written?: Record<string, unknown>): Promise<void> {
  // `written`: the row as the caller's UPDATE … RETURNING gave it back, one read fewer.
  const charge = toCharge(written ?? (await trx('charges').where({ id: chargeId }).first()));
  if (!charge || charge.status === 'processing') return;
  const attempts = (await trx('charge_attempts').where({ charge_id: chargeId }).orderBy('number')).map(toAttempt);
  await recordEvent(trx, { type: EVENT_OF_STATUS[charge.status], accountId: charge.account_id, object: { object: 'charge', ...toChargeResponse(charge, attempts) } }, at);
}
