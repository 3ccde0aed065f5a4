import type { Knex } from 'knex';
import { Gauge, type Registry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Reads } from '../db/read-statements.js';
import { EventStore } from '../events/event-store.js';
import { EventDelivery } from '../features/billing-events/event-delivery.js';
import { EventReader } from '../features/billing-events/event-reader.js';
import { deleteExpiredEvents } from '../features/billing-events/event-retention.js';
import { createEventRoutes } from '../features/billing-events/event-routes.js';
import type { SupportAuditStore } from '../features/support/support-audit-store.js';
import { atMostEvery } from '../jobs/at-most-every.js';
import type { Job } from '../jobs/poller.js';
import type { Logger } from '../logger.js';

const RETENTION_PASS_SECONDS = 3600;

/** Billing events: GET /v1/events, the webhook's delivery (with BILLING_WEBHOOK_URL), retention,
 * and the oldest undelivered event's age on /metrics. */
export function composeBillingEvents(deps: { config: Readonly<Config>; db: Knex; reads: Reads; clock: Clock; logger: Logger; metrics: Registry; audit: SupportAuditStore }) {
  const { config, db, clock, logger } = deps;
  const store = new EventStore(db, deps.reads);
  const reader = new EventReader({ store, audit: deps.audit, clock });
  const jobs: Job[] = [atMostEvery({ name: 'event-retention', runOnce: () => deleteExpiredEvents(store, clock, config.EVENT_RETENTION_DAYS) }, RETENTION_PASS_SECONDS, clock)];
  const url = config.BILLING_WEBHOOK_URL;
  const delivery = url ? new EventDelivery({ store, clock, logger, url, secret: config.BILLING_WEBHOOK_SECRET! }) : undefined;
  if (delivery) jobs.push({ name: 'event-delivery', runOnce: () => delivery.deliverDue() });

  const oldest: Gauge = new Gauge({
    name: 'card_vault_billing_events_oldest_undelivered_seconds',
    help: 'Age of the oldest billing event not yet delivered to BILLING_WEBHOOK_URL (0 when none, or when no webhook is set)',
    registers: [deps.metrics],
    async collect() {
      try {
        const since = delivery ? await store.oldestUndelivered() : null;
        oldest.set(since ? Math.max(0, (clock.now().getTime() - Date.parse(since)) / 1000) : 0);
      } catch (error) {
        logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'metrics: could not read the billing events backlog');
      }
    },
  });
  return { routers: [createEventRoutes({ reader })], jobs, store, ...(delivery ? { delivery } : {}) };
}
