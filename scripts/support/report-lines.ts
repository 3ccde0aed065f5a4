import { findCurrency } from '../../src/money/currencies.js';
import type { SupportAccountView } from '../../src/features/support/support-account-view.js';
import type { SupportBalanceView } from '../../src/features/support/support-balance-views.js';
import { brandName } from '../../src/features/cards/rules/brand-name.js';

// The pieces every section of the support CLI's reports is written with (the why report and its
// balance part share them).

type HistoryEntry = SupportAccountView['card_history'][number];
type Charge = SupportAccountView['charges'][number];
type Failure = NonNullable<HistoryEntry['failure']> | NonNullable<Charge['attempts'][number]['failure']> | NonNullable<SupportBalanceView['topups'][number]['failure']>;

const WIDTH = 100;

/** Failures whose code alone could be misread on a terminal. */
export const PLAIN_OUTCOMES: Record<string, string> = {
  gateway_error: 'the gateway refused our requests: an integration error on our side, not a card decline',
};

export function failureLines(failure: Failure, indent = '  '): string[] {
  // Our own code leads when it says more than the gateway's (`gateway_error: parameter_invalid`).
  const gatewayCodes = [...new Set([failure.gateway_code, failure.decline_code].filter(Boolean))].join(' / ');
  const ours = failure.code && failure.code !== 'card_declined' && failure.code !== failure.gateway_code ? failure.code : '';
  const codes = [ours, gatewayCodes].filter(Boolean).join(': ') || 'no code';
  const intentId = 'intent_id' in failure ? failure.intent_id : null;
  const ids = [failure.gateway_request_id && `request ${failure.gateway_request_id}`, intentId && `intent ${intentId}`].filter(Boolean);
  const shown = failure.customer_sees.decline_code ? `${failure.customer_sees.decline_code}: ` : '';
  return [
    `${indent}gateway:  ${codes}${ids.length > 0 ? `  (${ids.join(', ')})` : ''}`,
    ...wrap(`${indent}customer: `, `${shown}"${failure.customer_sees.message}"`),
    ...wrap(`${indent}support:  `, failure.support_reason),
  ];
}

export function section(title: string, lines: string[]): string {
  while (lines.at(-1) === '') lines.pop();
  return [title, ...lines.map((line) => (line ? `  ${line}` : ''))].join('\n');
}

/** Word-wraps `text` after `label`, continuing under the label's end. */
export function wrap(label: string, text: string): string[] {
  const lines: string[] = [];
  let line = label;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > WIDTH && line.trim().length > label.trim().length) {
      lines.push(line.trimEnd());
      line = ' '.repeat(label.length);
    }
    line += (line.endsWith(' ') ? '' : ' ') + word;
  }
  lines.push(line.trimEnd());
  return lines;
}

// A card refused on attach never told us what it was.
export const cardName = (brand: string | null, last4: string | null) => (last4 ? `${brandName(brand)} •••• ${last4}` : 'a card the gateway refused to describe');
export const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function money(amount: number, currency: string): string {
  const decimals = findCurrency(currency)?.decimals ?? 2;
  return `${(amount / 10 ** decimals).toFixed(decimals)} ${currency}`;
}
