import { findCurrency } from '../../../money/currencies.js';
import { GATEWAY_MAX_AMOUNT } from '../../../money/gateway-max-amount.js';

/**
 * The largest charge in `currency`: the configured USD maximum converted at the rough rate the
 * currency's verification hold already encodes (its hold is "about 1.00 USD"), and never above
 * what the gateway accepts.
 */
export function maximumChargeAmount(currency: string, maxAmountUsd: number): number | undefined {
  const found = findCurrency(currency);
  if (!found) return undefined;
  return Math.min(GATEWAY_MAX_AMOUNT, Math.floor((maxAmountUsd * found.verificationAmount) / 100));
}

/** Why `amount` cannot be charged in `currency` (a supported one), or undefined when it can. */
export function chargeAmountProblem(amount: unknown, currency: string, maxAmountUsd: number): string | undefined {
  const found = findCurrency(currency);
  if (!found) return `${currency} is not a supported currency.`;
  const unit = found.decimals === 0 ? `whole ${found.code}` : `the minor unit of ${found.code} (100 = 1.00 ${found.code})`;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
    return `amount must be a positive integer in ${unit}.`;
  }
  if (amount < found.minimumChargeAmount) return `amount must be at least ${found.minimumChargeAmount} ${found.code} minor units, the smallest charge the gateway accepts.`;
  const maximum = maximumChargeAmount(found.code, maxAmountUsd)!;
  if (amount > maximum) return `amount must be at most ${maximum} ${found.code} minor units.`;
  return undefined;
}
