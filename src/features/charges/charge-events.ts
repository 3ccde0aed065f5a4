import type { Knex } from 'knex';
import { recordEvent } from '../../events/record-event.js';
import { toAttempt, toCharge, type AttemptRow } from './charge-rows.js';
import { toChargeResponse } from './charge-view.js';

const EVENT_OF_STATUS = { succeeded: 'charge.succeeded', failed: 'charge.failed', past_due: 'charge.past_due', canceled: 'charge.canceled' } as const;

/** `charge.succeeded`, `charge.failed`, `charge.past_due` (each failed dunning round) or
 * `charge.canceled`, with the charge as billing reads it, in the transaction that recorded it
 * (whoever did: the charge store, the dunning, or the balance when it pays in full). */
export async function recordChargeEndedIn(trx: Knex.Transaction, chargeId: string, at: string, written?: Record<string, unknown>, tries?: readonly AttemptRow[]): Promise<void> {
  // `written`: the row as the caller's UPDATE … RETURNING gave it back; `tries`: its tries as the
  // caller read them in this transaction. Each is one read fewer.
  const charge = toCharge(written ?? (await trx('charges').where({ id: chargeId }).first()));
  if (!charge || charge.status === 'processing') return;
  const attempts = tries ?? (await attemptsOfIn(trx, chargeId));
  await recordEvent(trx, { type: EVENT_OF_STATUS[charge.status], accountId: charge.account_id, object: { object: 'charge', ...toChargeResponse(charge, attempts) } }, at);
}

/** A charge's tries in number order, in the caller's transaction. */
export async function attemptsOfIn(trx: Knex.Transaction, chargeId: string): Promise<AttemptRow[]> {
  return (await trx('charge_attempts').where({ charge_id: chargeId }).orderBy('number')).map(toAttempt);
}
