/** What an automatic top-up rule asks for. */
export interface AutoTopupTerms {
  threshold: number;
  amount: number | null;
  target: number | null;
  monthlyLimit: number | null;
}

export type AutoTopupDecision =
  | { topUp: true; amount: number }
  | { topUp: false; why: 'monthly_limit' };

/**
 * How much one automatic top-up adds. `level` is available + pending after the debit;
 * `spentThisMonth` the automatic top-ups of the calendar month (UTC) that are paid or still new.
 * A target fills up to it; either way the amount stays inside the currency's top-up range, and
 * the monthly limit caps it: a top-up that would pass the limit is lowered to what is left, and
 * when what is left is below the currency's minimum, no top-up is made (and the customer is told,
 * rather than the rule stopping silently).
 */
export function autoTopupAmount(terms: AutoTopupTerms, level: number, spentThisMonth: number, range: { min: number; max: number }): AutoTopupDecision {
  const wanted = terms.amount ?? Math.max((terms.target ?? 0) - level, 0);
  let amount = Math.min(Math.max(wanted, range.min), range.max);
  if (terms.monthlyLimit !== null) amount = Math.min(amount, terms.monthlyLimit - spentThisMonth);
  return amount >= range.min ? { topUp: true, amount } : { topUp: false, why: 'monthly_limit' };
}

/** The calendar month (UTC) `at` falls in, as [start, next start) timestamps and its YYYY-MM. */
export function calendarMonthUtc(at: Date): { start: string; end: string; month: string } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start: start.toISOString(), end: end.toISOString(), month: start.toISOString().slice(0, 7) };
}

/** A debit crosses when it takes the level from at or above the threshold to below it. */
export function autoTopupCrossing(levelBefore: number, levelAfter: number, threshold: number): boolean {
  return levelBefore >= threshold && levelAfter < threshold;
}
