const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * DUNNING_SCHEDULE as seconds after a charge's first failure: "1d,3d,5d,7d" → [86400, 259200, …].
 * Undefined unless every part is a positive whole number with a unit (s, m, h, d) and the parts
 * increase: a schedule that went back in time would retry twice at once.
 */
export function parseDunningSchedule(text: string): number[] | undefined {
  const parts = text.split(',').map((part) => part.trim());
  const seconds: number[] = [];
  for (const part of parts) {
    const match = /^(\d{1,6})\s*([smhd])$/i.exec(part);
    if (!match) return undefined;
    const value = Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase()]!;
    if (value <= 0 || (seconds.length > 0 && value <= seconds[seconds.length - 1]!)) return undefined;
    seconds.push(value);
  }
  return seconds.length > 0 && seconds.length <= 20 ? seconds : undefined;
}

/** What follows a dunning round that no card paid: the next retry's time, or the end. `round` is
 * the round that just failed (0 for the charge's first pass); `firstFailureAt` is when the
 * charge first became past due (the schedule counts from it). */
export function afterFailedRound(schedule: readonly number[], round: number, firstFailureAt: Date): { nextRetryAt: Date } | { exhausted: true } {
  const wait = schedule[round];
  if (wait === undefined) return { exhausted: true };
  return { nextRetryAt: new Date(firstFailureAt.getTime() + wait * 1000) };
}
