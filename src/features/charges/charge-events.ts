import type { Knex } from 'knex';
import { recordEvent } from '../../events/record-event.js';
import { toAttempt, toCharge } from './charge-rows.js';
import { toChargeResponse } from './charge-view.js';

/** `charge.succeeded` or `charge.failed`, with the charge as billing reads it, in the transaction
 * that ended it (whoever ends it: the charge store, or the balance when it pays in full). */
export async function recordChargeEndedIn(trx: Knex.Transaction, chargeId: string, at: string): Promise<void> {
  const charge = toCharge(await trx('charges').where({ id: chargeId }).first());
  if (!charge || (charge.status !== 'succeeded' && charge.status !== 'failed')) return;
  const attempts = (await trx('charge_attempts').where({ charge_id: chargeId }).orderBy('number')).map(toAttempt);
  await recordEvent(trx, { type: charge.status === 'succeeded' ? 'charge.succeeded' : 'charge.failed', accountId: charge.account_id, object: { object: 'charge', ...toChargeResponse(charge, attempts) } }, at);
}
