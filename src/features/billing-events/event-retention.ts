import type { Clock } from '../../clock.js';
import type { EventStore } from '../../events/event-store.js';

/** Deletes the events older than EVENT_RETENTION_DAYS. */
export async function deleteExpiredEvents(store: EventStore, clock: Clock, retentionDays: number): Promise<number> {
  return store.deleteCreatedBefore(new Date(clock.now().getTime() - retentionDays * 86_400_000).toISOString());
}
