const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;

/** Seconds to wait before the next release after `attempts` failed ones: 30 s, 1 min, 2 min, … up
 * to an hour. A hold is never given up on: an unreleased hold blocks the customer's money. */
export function releaseBackoffSeconds(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.min(exponent, 20), MAX_RETRY_SECONDS);
}
