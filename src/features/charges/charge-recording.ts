import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import type { AmountTakenFirst } from './amount-taken-first.js';
import { recordChargeEndedIn } from './charge-events.js';
import type { ChargeRowsStore } from './charge-rows-port.js';
import type { ChargeRecorder } from './charge-service.js';
import type { ChargeRow, ChargeSource, ChargeState, FirstTry } from './charge-store.js';

/**
 * Records a new charge: its row and (when the cards pay a part) its first try in one transaction.
 * A charge that takes part of its amount elsewhere first has that part taken in the same
 * transaction, under the lock of what it is taken from (`AmountTakenFirst`), so it is taken exactly
 * once per charge; a charge paid that way in full ends here, and billing hears of it in this commit.
 */
export class ChargeRecording implements ChargeRecorder {
  constructor(
    private readonly deps: { db: Knex; rows: ChargeRowsStore; takenFirst: AmountTakenFirst; clock: Clock },
  ) {}

  async insert(charge: ChargeRow, source: ChargeSource, firstTry?: FirstTry): Promise<ChargeState | undefined> {
    // A charge to the cards alone takes nothing first: no lock, as before.
    if (source === 'cards') return this.insertForCards(charge, firstTry);
    const { db, rows, takenFirst } = this.deps;
    try {
      return await db.transaction(async (trx): Promise<ChargeState | undefined> => {
        const part = await takenFirst.lock(trx, charge);
        // Under the lock a same-key charge is visible: answer it rather than judge this request.
        if (await rows.keyTaken(trx, charge.account_id, charge.idempotency_key)) return undefined;
        const split = await part.split(source);
        const paidInFull = split.cards === 0;
        const now = this.deps.clock.now().toISOString();
        const row: ChargeRow = {
          ...charge,
          source,
          balance_amount: split.first,
          card_amount: split.cards,
          // Nothing left for the cards: the charge is done in this transaction.
          ...(paidInFull ? { status: 'succeeded', locked_by: null, locked_until: null, completed_at: now } : {}),
        };
        await rows.insert(row, trx);
        await part.take(row);
        // Paid in full: the charge ended here, and billing hears of it in this transaction.
        if (paidInFull) await recordChargeEndedIn(trx, charge.id, now);
        const tries = !paidInFull && firstTry ? [firstTry.row] : [];
        if (!paidInFull && firstTry) await firstTry.record(trx);
        return { charge: row, attempts: tries };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** The charge and its first try in one transaction (one commit), as the charge store does. */
  private async insertForCards(charge: ChargeRow, firstTry?: FirstTry): Promise<ChargeState | undefined> {
    const { db, rows } = this.deps;
    const row: ChargeRow = { ...charge, source: 'cards', balance_amount: 0, card_amount: charge.amount };
    try {
      if (!firstTry) {
        await rows.insert(row, db);
      } else {
        await db.transaction(async (trx) => {
          await rows.insert(row, trx);
          await firstTry.record(trx);
        });
      }
      return { charge: row, attempts: firstTry ? [firstTry.row] : [] };
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }
}
