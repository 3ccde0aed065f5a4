import type { Clock } from '../../clock.js';
import type { EventStore } from '../../events/event-store.js';

const BATCH = 1000;
const BATCHES_PER_PASS = 20;

/** Deletes the events older than EVENT_RETENTION_DAYS, a batch at a time (short transactions). */
export async function deleteExpiredEvents(store: EventStore, clock: Clock, retentionDays: number): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  let deleted = 0;
  for (let batch = 0; batch < BATCHES_PER_PASS; batch += 1) {
    const count = await store.deleteCreatedBefore(cutoff, BATCH);
    deleted += count;
    if (count < BATCH) break;
  }
  return deleted;
}
