import { addSeconds, type Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import type { AutoTopupCardChooser } from './auto-topup-card-choice.js';
import { RULE_TURNED_OFF } from './auto-topup-outcomes.js';
import type { AutoTopupRetries } from './auto-topup-retries.js';
import type { AutoTopupStore } from './auto-topup-store.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupEnds } from './topup-ends.js';
import type { TopupStore } from './topup-store.js';

const BATCH_SIZE = 20;
/** Other payers' tries at the card fill a network limit until they are answered: look again then. */
const BUSY_CARD_SECONDS = 60;

/**
 * Pays automatic top-ups off-session, outside any debit's transaction: each is claimed with a
 * lease (a conditional UPDATE), so with several instances polling only one pays it, and a crash
 * leaves it to be claimed again (the gateway keys come from the top-up's id, so a replay lands on
 * the same intent). Once its intent exists, an unknown outcome is the settler's, as for every
 * top-up. Before paying, it makes the next try of rules whose hour of waiting after a failure is
 * over, if the balance is still low (AutoTopupRetries); the card is chosen and its try counted by
 * AutoTopupCardChooser.
 */
export class AutoTopupPayer implements Job {
  readonly name = 'auto-topup-payer';

  constructor(
    private readonly deps: {
      retries: AutoTopupRetries;
      topups: TopupStore;
      rules: AutoTopupStore;
      cardChooser: AutoTopupCardChooser;
      payment: TopupPayment;
      ends: TopupEnds;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async runOnce(): Promise<number> {
    await this.deps.retries.retryDue();
    return this.payDue();
  }

  private async payDue(): Promise<number> {
    const { topups, payment, ends, clock, logger } = this.deps;
    let finished = 0;
    for (const topup of await topups.findAutomaticToPay(this.now(), BATCH_SIZE)) {
      const token = newId('lease');
      if (!(await topups.claim(topup.id, token, payment.leaseUntil(), this.now(), false))) continue;
      // Consent can be withdrawn between the crossing and the payment: no rule, no charge.
      const rule = await this.deps.rules.find(topup.account_id);
      if (!rule || rule.status !== 'active') {
        await ends.cancelled(topup.id, { failure_code: RULE_TURNED_OFF, decline_code: null, gateway_code: null, gateway_decline_code: null, failure_message: 'Automatic top-up was turned off before this top-up was paid, so nothing was charged.', gateway_request_id: null });
        finished += 1;
        continue;
      }
      const choice = await this.deps.cardChooser.choose(topup, token);
      if (choice === 'lost') continue;
      const { verdict, details } = choice;
      if (!verdict.eligible) {
        if (verdict.busy) {
          await topups.release(topup.id, token, addSeconds(clock.now(), BUSY_CARD_SECONDS).toISOString(), this.now());
          continue;
        }
        await ends.cancelled(
          topup.id,
          { failure_code: 'card_not_eligible', decline_code: null, gateway_code: null, gateway_decline_code: null, failure_message: verdict.reason, gateway_request_id: null },
          verdict.eligibleAfter ? { notBefore: verdict.eligibleAfter } : {},
        );
        finished += 1;
        continue;
      }
      const step = await payment.payOffSession({ ...topup, ...details! }, token);
      logger.info({ topup_id: topup.id, account_id: topup.account_id, step }, 'automatic top-up payment');
      if (step === 'finished') finished += 1;
    }
    return finished;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
