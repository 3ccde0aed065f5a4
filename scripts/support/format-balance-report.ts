import type { SupportBalanceView } from '../../src/features/support/support-balance-views.js';
import { cardName, failureLines, money, section, time, wrap } from './report-lines.js';

type Topup = SupportBalanceView['topups'][number];

/** Top-ups worth a look: cancelled ones (with why), and ones still waiting. */
export function troubledTopups(balance: SupportBalanceView | undefined): Topup[] {
  return balance ? balance.topups.filter((topup) => topup.status !== 'paid') : [];
}

/** The balance lines of `npm run support -- why`: the balance and its alert, then every cancelled
 * or waiting top-up with what the customer was told and what support should know. */
export function balanceSections(balance: SupportBalanceView | undefined): string[] {
  if (!balance) return [];
  const alert = balance.low_balance_alert
    ? `low-balance alert below ${money(balance.low_balance_alert.threshold, balance.currency)} (${balance.low_balance_alert.armed ? 'armed' : 'sent, re-arms at the threshold'})`
    : 'no low-balance alert';
  const summary = `Balance: ${money(balance.available, balance.currency)} available, ${money(balance.pending, balance.currency)} pending · ${alert} · ${balance.ledger.length}${balance.ledger_has_more ? '+' : ''} ledger entries`;
  const troubled = troubledTopups(balance);
  return [summary, ...(troubled.length > 0 ? [section(`Cancelled or waiting top-ups (${troubled.length})`, troubled.flatMap(topupLines))] : [])];
}

function topupLines(topup: Topup): string[] {
  const from = topup.last4 ? `${cardName(topup.brand, topup.last4)}${topup.new_card ? ' (new card)' : ''}` : 'a new card';
  return [
    `${time(topup.created_at)}  ${topup.number}  ${money(topup.amount, topup.currency)} from ${from}  ${topup.status}${topup.failure ? `: ${topup.failure.code}` : ''}  ${topup.id}`,
    ...(topup.failure ? failureLines(topup.failure) : []),
    ...(topup.settling ? wrap('  support:  ', topup.settling) : []),
    '',
  ];
}
