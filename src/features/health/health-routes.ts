import { Router } from 'express';
import type { Knex } from 'knex';
import { migrationsAreCurrent } from '../../db/migrate.js';
import type { Registry } from 'prom-client';
import type { RedisConnection } from '../../redis/redis-connection.js';

export function createHealthRoutes(deps: { db: Knex; metrics: Registry; redis?: RedisConnection }): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** Ready when the database answers and every migration has run. Redis (when configured) is
   * reported but does not decide readiness: every instance shares it, so taking them all out of the
   * load balancer would turn a rate-limit outage into a full one (the limits fail safe instead). */
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = { database: 'fail', migrations: 'fail' };
    const redis = deps.redis?.ping();
    try {
      await deps.db.raw('select 1');
      checks.database = 'ok';
      checks.migrations = (await migrationsAreCurrent(deps.db)) ? 'ok' : 'pending';
    } catch {
      // reported through the checks below
    }
    if (redis) checks.redis = (await redis) ? 'ok' : 'fail';
    const ready = checks.database === 'ok' && checks.migrations === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.contentType).send(await deps.metrics.metrics());
  });

  return router;
}
