import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { Decline, IntentStatus } from '../payment-gateway.js';
import { decideChallenge } from './decide-confirmation.js';
import { withRequestId } from './new-simulator-intent.js';
import { resolvePaymentMethod } from './resolve-payment-method.js';
import { concurrentChange } from './simulator-errors.js';
import type { SimulatorIntent, SimulatorStore } from './simulator-store.js';

/** What the 3-D Secure page shows and what happened on it. */
export interface ThreeDSecureChallenge {
  intentId: string;
  amount: number;
  currency: string;
  merchantName: string;
  status: IntentStatus;
  returnUrl?: string;
  decline?: Decline;
}

/** The customer's side of 3-D Secure: the simulator's stand-in for the issuer's challenge page. */
export class SimulatorChallenges {
  constructor(
    private readonly deps: { db: Knex; clock: Clock; store: SimulatorStore; merchantName: string },
  ) {}

  async get(intentId: string): Promise<ThreeDSecureChallenge | undefined> {
    const intent = await this.deps.store.findIntent(this.deps.db, intentId);
    return intent && this.challengeOf(intent);
  }

  /** Only an intent waiting for the challenge changes; a second submit of the page just reads the
   * result of the first. */
  complete(intentId: string, outcome: 'complete' | 'fail'): Promise<ThreeDSecureChallenge | undefined> {
    const { db, store, clock } = this.deps;
    return db.transaction(async (trx) => {
      const intent = await store.findIntent(trx, intentId);
      if (!intent || intent.status !== 'requires_action') return intent && this.challengeOf(intent);
      const method = await resolvePaymentMethod(store, trx, intent.paymentMethodId, intent.customerId);
      const decision = decideChallenge(method.card, outcome);
      const decline = decision.result === 'declined' ? withRequestId(decision.decline) : null;
      const status = decline ? 'declined' : intent.purpose === 'hold' ? 'held' : 'succeeded';
      const updated = await store.updateIntent(trx, intentId, 'requires_action', { status, decline }, clock.now().toISOString());
      if (!updated) throw concurrentChange(intentId);
      // An authenticated payment with setup_future_usage sets the card up for off-session use.
      if (!decline && intent.setupFutureUsage && method.stored) {
        await store.updatePaymentMethod(trx, method.stored.id, { setUpForOffSession: true });
      }
      return this.challengeOf({ ...intent, status, ...(decline ? { decline } : {}) });
    });
  }

  private challengeOf(intent: SimulatorIntent): ThreeDSecureChallenge {
    const { id, amount, currency, status, returnUrl, decline } = intent;
    return {
      intentId: id,
      amount,
      currency,
      merchantName: this.deps.merchantName,
      status,
      ...(returnUrl ? { returnUrl } : {}),
      ...(decline ? { decline } : {}),
    };
  }
}
