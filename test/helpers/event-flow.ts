import type { TestApp } from './test-app.js';

export interface ApiEvent {
  id: string;
  type: string;
  account_id: string;
  created_at: string;
  data: { object: Record<string, unknown> };
}

/** GET /v1/events as the billing system reads it (all pages), newest first. */
export async function eventsOf(t: TestApp, auth: Record<string, string>, query: Record<string, string | number> = {}): Promise<ApiEvent[]> {
  const events: ApiEvent[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const response = await t.api
      .get('/v1/events')
      .set(auth)
      .query({ limit: 100, ...query, ...(startingAfter ? { starting_after: startingAfter } : {}) });
    if (response.status !== 200) throw new Error(`GET /v1/events: ${response.status} ${response.text}`);
    events.push(...(response.body.data as ApiEvent[]));
    if (!response.body.has_more) return events;
    startingAfter = events[events.length - 1]!.id;
  }
}
