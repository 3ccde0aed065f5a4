import { Router } from 'express';
import type { Knex } from 'knex';
import { migrationsAreCurrent } from '../../db/migrate.js';
import type { Registry } from 'prom-client';

export function createHealthRoutes(deps: { db: Knex; metrics: Registry }): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** Ready when the database answers and every migration has run. */
  router.get('/readyz', async (_req, res) => {
    const checks = { database: 'fail', migrations: 'fail' };
    try {
      await deps.db.raw('select 1');
      checks.database = 'ok';
      checks.migrations = (await migrationsAreCurrent(deps.db)) ? 'ok' : 'pending';
    } catch {
      // reported through the checks below
    }
    const ready = checks.database === 'ok' && checks.migrations === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.contentType).send(await deps.metrics.metrics());
  });

  return router;
}
