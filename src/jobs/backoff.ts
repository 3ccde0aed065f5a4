/** A growing wait: `firstSeconds`, then twice as long each time, never more than `maxSeconds`. */
export interface Backoff {
  firstSeconds: number;
  maxSeconds: number;
}

/** The wait after `n` earlier waits (0 for the first): `firstSeconds × 2^n`, capped. Callers count
 * `n` their own way (passes made, or failed attempts minus one); a negative `n` counts as 0. */
export function backoffSeconds({ firstSeconds, maxSeconds }: Backoff, n: number): number {
  // 2^n overflows to Infinity long after the cap; the cap still wins, so no bound on n is needed.
  return Math.min(firstSeconds * 2 ** Math.max(0, n), maxSeconds);
}
