import { backoffSeconds } from '../../jobs/backoff.js';

/** The first retry waits 30 s, each next one twice as long, none more than 2 hours: a receiver
 * down for a minute hears within a minute, one down for a day is not hammered. */
export const FIRST_RETRY_SECONDS = 30;
export const LONGEST_WAIT_SECONDS = 2 * 60 * 60;
/** An event is retried for 3 days after it was recorded, then given up (its state says so). */
export const DELIVERY_WINDOW_SECONDS = 3 * 24 * 60 * 60;

/** Seconds to wait after the `failedAttempts`-th failed attempt (1 for the first). */
export function retryDelaySeconds(failedAttempts: number): number {
  return backoffSeconds({ firstSeconds: FIRST_RETRY_SECONDS, maxSeconds: LONGEST_WAIT_SECONDS }, failedAttempts - 1);
}

/** After a failed attempt: when to try again, or null when the next try would fall outside the
 * event's 3 days (so it is given up now). Every event gets at least one attempt. */
export function nextAttemptAfterFailure(createdAt: Date, failedAttempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelaySeconds(failedAttempts) * 1000);
  return next.getTime() - createdAt.getTime() > DELIVERY_WINDOW_SECONDS * 1000 ? null : next;
}
