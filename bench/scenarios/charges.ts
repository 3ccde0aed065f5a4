// Charges through the HTTP API as a billing job sends them: one per request, each under its own
// idempotency key, round robin over the accounts. Used by bench/charges.ts and bench/table.ts.
import { remoteAccountWithCards } from '../../test/crash/remote-customer.js';
import type { MessageInbox } from '../../test/crash/service-process.js';
import { runLoad, type LoadResult } from '../load.js';

export interface ChargeAccounts {
  /** Every account, in the round-robin order charges use. */
  all: string[];
  /** Accounts whose default card declines every payment, so each charge falls back to the second. */
  fallback: string[];
}

/**
 * `count` onboarded accounts with a card that pays; with `fallbackEvery` = n, every n-th account
 * (the first of each n) instead has pm_card_authenticationRequired as its default card and
 * pm_card_visa second, so its charges fall back. That card verifies (3-D Secure on the hold,
 * completed as the customer would) and then declines every off-session charge with
 * authentication_required. (pm_card_chargeCustomerFail cannot serve: its verification hold
 * declines too, so it is never saved.)
 * Each account saves its own copies of those test cards (`pm_card_visa.bench-<i>`, a simulator
 * copy: another physical card). With the plain ids every account would share one physical card,
 * and the card-network rules, which count off-session tries per physical card, would make the
 * run measure fifty accounts queueing for one card's window. The rules still apply per card: a
 * fallback account's default card is skipped as needs_customer after its first decline, so its
 * later charges go straight to the second card.
 */
export async function createChargeAccounts(url: string, inbox: MessageInbox, count: number, fallbackEvery = 0): Promise<ChargeAccounts> {
  const accounts: ChargeAccounts = { all: [], fallback: [] };
  for (let i = 0; i < count; i += 1) {
    const falls = fallbackEvery > 0 && i % fallbackEvery === 0;
    const copy = `bench-${i}`;
    const { accountId } = await remoteAccountWithCards(url, inbox, falls ? [`pm_card_authenticationRequired.${copy}`, `pm_card_visa.${copy}`] : [`pm_card_visa.${copy}`]);
    accounts.all.push(accountId);
    if (falls) accounts.fallback.push(accountId);
  }
  return accounts;
}

/** Sends charge number `index` to the account `index` picks (round robin); with `tally`, adds up
 * the gateway tries (the `attempts` of each answer) the charges made. */
export function chargeSender(url: string, billingToken: string, accountIds: string[], run: string, tally?: { tries: number }) {
  return async (index: number) => {
    const response = await fetch(`${url}/v1/accounts/${accountIds[index % accountIds.length]}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${billingToken}`, 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${index}` },
      body: JSON.stringify({ amount: 1000 + (index % 1000), reference: `bench-${run}-${index}` }),
    });
    if (tally) {
      const body = (await response.json()) as { attempts?: unknown[] };
      tally.tries += body.attempts?.length ?? 0;
    } else {
      await response.arrayBuffer();
    }
    return response.status;
  };
}

export interface ChargeRun {
  url: string;
  billingToken: string;
  accountIds: string[];
  total: number;
  concurrency: number;
  /** Makes the idempotency keys of this run its own. */
  run: string;
}

/** 100 charges (10 in flight unless told) to warm up JIT and pools; not counted. */
export async function warmUpCharges(options: Omit<ChargeRun, 'total' | 'concurrency'> & { concurrency?: number }): Promise<void> {
  await runLoad(100, options.concurrency ?? 10, chargeSender(options.url, options.billingToken, options.accountIds, `${options.run}-warm`));
}

/** `total` charges with `concurrency` in flight; warns when any was not answered 201. `tries`:
 * the gateway tries the answers list (a one-card charge 1; a charge that fell back 2; a card the
 * card-network rules skip is no try). */
export async function runCharges(options: ChargeRun): Promise<LoadResult & { tries: number }> {
  const tally = { tries: 0 };
  const result = await runLoad(options.total, options.concurrency, chargeSender(options.url, options.billingToken, options.accountIds, options.run, tally));
  warnUnless('201', `charges ${options.run}`, result);
  return { ...result, tries: tally.tries };
}

export function warnUnless(status: string, name: string, result: LoadResult): void {
  if (Object.keys(result.statuses).some((seen) => seen !== status)) console.warn(`${name}: statuses ${JSON.stringify(result.statuses)}`);
}
