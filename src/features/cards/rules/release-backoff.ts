import { backoffSeconds, type Backoff } from '../../../jobs/backoff.js';

const RELEASE_BACKOFF: Backoff = { firstSeconds: 30, maxSeconds: 3600 };

/** Seconds to wait before the next release after `attempts` failed ones: 30 s, 1 min, 2 min, … up
 * to an hour. A hold is never given up on: an unreleased hold blocks the customer's money. */
export function releaseBackoffSeconds(attempts: number): number {
  return backoffSeconds(RELEASE_BACKOFF, attempts - 1);
}
