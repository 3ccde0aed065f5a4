import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { ChargeFallback } from './charge-fallback.js';
import type { ChargeStore } from './charge-store.js';

const BATCH_SIZE = 20;
const STUCK_AFTER_PASSES = 300;

/**
 * Settles charges left in flight: an unknown gateway answer, an unreachable gateway, or a process
 * that died mid-charge (its lease runs out). Each charge is claimed with a conditional UPDATE, so
 * with several processes polling only one works on it; the fallback then reads the gateway for the
 * pending try (never confirming it again) and carries on with the next card if it must.
 */
export class ChargeRecovery {
  constructor(
    private readonly store: ChargeStore,
    private readonly fallback: ChargeFallback,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async runOnce(): Promise<number> {
    const due = await this.store.findDue(this.clock.now().toISOString(), BATCH_SIZE);
    let settled = 0;
    for (const charge of due) {
      const token = newId('lease');
      if (!(await this.store.claim(charge.id, token, this.fallback.leaseUntil(), this.clock.now().toISOString()))) continue;
      const stop = await this.fallback.resume(charge.id, token);
      const pass = charge.recovery_passes + 1;
      // Passes back off to one every 5 minutes; a charge still open after a day of them needs a person.
      const stuck = stop !== 'finished' && pass >= STUCK_AFTER_PASSES;
      this.logger[stuck ? 'error' : 'info']({ charge_id: charge.id, pass, result: stop }, stuck ? 'charge still unsettled after many recovery passes' : 'charge recovery pass');
      if (stop === 'finished') settled += 1;
    }
    return settled;
  }
}
