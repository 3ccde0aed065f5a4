// GET /v1/cards under autocannon, as issue 11 measured it: one account with 5 cards, 50
// connections, the server pinned to one core and this process (the load) to the other. Used by
// bench/table.ts, which also points it at bench/bare-same-bytes.ts for the baseline.
import autocannon from 'autocannon';
import { remoteAccountWithCards } from '../../test/crash/remote-customer.js';
import type { MessageInbox } from '../../test/crash/service-process.js';
import { benchTokenIssuer } from '../lib/tokens.js';

export const FIVE_CARDS = ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_discover', 'pm_card_diners'];

/** An onboarded account with five cards and a customer token for it. */
export async function accountWithFiveCards(url: string, inbox: MessageInbox): Promise<{ accountId: string; authorization: string }> {
  const { accountId } = await remoteAccountWithCards(url, inbox, FIVE_CARDS);
  return { accountId, authorization: `Bearer ${await benchTokenIssuer().issue(accountId, ['account'])}` };
}

/** The exact bytes GET /v1/cards answers now (what the same-bytes baseline will serve). */
export async function listCardsBody(url: string, authorization: string): Promise<Buffer> {
  const response = await fetch(`${url}/v1/cards`, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`GET /v1/cards answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export interface CannonResult {
  /** Mean requests per second over the run's one-second samples. */
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface CannonOptions {
  connections: number;
  seconds: number;
  /** Discarded run before the measured one (JIT, pools, caches). */
  warmUpSeconds: number;
  /** A fixed request rate over all connections (autocannon's overallRate); unbounded if unset. */
  overallRate?: number;
}

export async function cannon(url: string, authorization: string, options: CannonOptions): Promise<CannonResult> {
  const run = (seconds: number) =>
    autocannon({ url, connections: options.connections, duration: seconds, headers: { authorization }, ...(options.overallRate ? { overallRate: options.overallRate } : {}) });
  if (options.warmUpSeconds > 0) await run(options.warmUpSeconds);
  const result = await run(options.seconds);
  if (result.non2xx > 0 || result.errors > 0) console.warn(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}
