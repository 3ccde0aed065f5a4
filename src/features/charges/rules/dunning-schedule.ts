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

/**
 * What follows a dunning round that no card paid, at `now`: the next retry (the first point of the
 * schedule, counted from `pastDueSince`, still ahead), or the end when none is. Counting from the
 * clock rather than the rounds made means a collection the customer starts between two retries
 * (a card added, "Pay now") does not use up a scheduled retry.
 */
export function afterFailedRound(schedule: readonly number[], pastDueSince: Date, now: Date): { nextRetryAt: Date } | { exhausted: true } {
  for (const seconds of schedule) {
    const at = new Date(pastDueSince.getTime() + seconds * 1000);
    if (at.getTime() > now.getTime()) return { nextRetryAt: at };
  }
  return { exhausted: true };
}
