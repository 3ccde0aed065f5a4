/** A new charge order must name every live card of the account exactly once. Returns the problem,
 * or undefined when the order is complete. */
export function cardOrderProblem(requested: readonly string[], existing: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of requested) {
    if (seen.has(id)) return `card_ids names ${id} more than once.`;
    seen.add(id);
  }
  const unknown = requested.filter((id) => !existing.includes(id));
  if (unknown.length > 0) return `card_ids names cards this account does not have: ${unknown.join(', ')}.`;
  const missing = existing.filter((id) => !seen.has(id));
  if (missing.length > 0) return `card_ids must list every card; missing: ${missing.join(', ')}.`;
  return undefined;
}
