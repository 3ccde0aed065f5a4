/** The alert fires when a change takes the balance from at or above the threshold to below it:
 * once per crossing, since crossing again needs the balance back at or above it first. */
export function crossesBelow(before: number, after: number, threshold: number | null): boolean {
  return threshold !== null && before >= threshold && after < threshold;
}

/** Armed: the next crossing will send the text, which needs the balance at or above the threshold. */
export function isArmed(available: number, threshold: number | null): boolean {
  return threshold !== null && available >= threshold;
}
