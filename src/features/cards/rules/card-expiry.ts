/** Cards are valid through the last day of their expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, now: Date): boolean {
  const year = now.getUTCFullYear();
  return expYear < year || (expYear === year && expMonth < now.getUTCMonth() + 1);
}

// Issuers print at most about 20 years ahead; anything further is a typo.
const MAX_YEARS_AHEAD = 20;

/** Why a new expiry a customer typed cannot be right, or undefined when it can. */
export function expiryProblem(expMonth: number, expYear: number, now: Date): string | undefined {
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) return 'exp_month must be a month from 1 to 12.';
  if (!Number.isInteger(expYear) || expYear < 1000) return 'exp_year must be a four-digit year, such as 2030.';
  if (isExpired(expMonth, expYear, now)) return 'This expiry date is in the past. Enter the date printed on the card.';
  if (expYear > now.getUTCFullYear() + MAX_YEARS_AHEAD) return `exp_year is more than ${MAX_YEARS_AHEAD} years ahead. Enter the date printed on the card.`;
  return undefined;
}

/** A verified card reads as `expired` once its month has passed. Derived when read, so that a GET
 * never writes; a stored `expired` (from the gateway's card updater) is shown as stored. */
export function withCurrentStatus<T extends { status: string; exp_month: number; exp_year: number }>(card: T, now: Date): T {
  return card.status === 'active' && isExpired(card.exp_month, card.exp_year, now) ? { ...card, status: 'expired' } : card;
}
