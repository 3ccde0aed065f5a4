const DAY_MS = 86_400_000;

/** When a card stops working: the first instant (UTC) of the month after its expiry month. */
export function stopsWorkingAt(expMonth: number, expYear: number): Date {
  return new Date(Date.UTC(expYear, expMonth, 1)); // Date.UTC's months count from 0: expMonth is the next month
}

/** The notice due now for a card that stops working at `stop`: the smallest of `noticeDays`
 * (e.g. [30, 7]) whose moment has come, or null (too early, or the card has stopped already).
 * A card first seen 5 days ahead gets the 7-day notice only, not the 30-day one as well. */
export function dueNoticeStep(stop: Date, now: Date, noticeDays: readonly number[]): number | null {
  const left = stop.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = noticeDays.filter((days) => left <= days * DAY_MS);
  return due.length === 0 ? null : Math.min(...due);
}

/** The (year * 12 + month) of the last expiry month a scan at `now` may have a notice for. */
export function horizonMonthIndex(now: Date, noticeDays: readonly number[]): number {
  const horizon = new Date(now.getTime() + Math.max(...noticeDays) * DAY_MS);
  return horizon.getUTCFullYear() * 12 + horizon.getUTCMonth() + 1;
}
