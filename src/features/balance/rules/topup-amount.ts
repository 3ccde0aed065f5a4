import { findCurrency } from '../../../money/currencies.js';
import { topupAmounts } from '../../../money/topup-amounts.js';
import { formatAmount } from '../../../money/format-amount.js';

/** Why `amount` cannot be a top-up in `currency` (a supported one), naming the range; undefined
 * when it can. */
export function topupAmountProblem(amount: unknown, currency: string): string | undefined {
  const found = findCurrency(currency);
  const range = topupAmounts(currency);
  if (!found || !range) return `${currency} is not a supported currency.`;
  const span = `from ${range.min} to ${range.max} ${found.code} minor units (${formatAmount(range.min, found.code)} to ${formatAmount(range.max, found.code)})`;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) return `amount must be a whole number of ${found.code} minor units, ${span}.`;
  if (amount < range.min || amount > range.max) return `amount must be ${span}.`;
  return undefined;
}
