import { Router } from 'express';
import { supportedCurrencies } from '../../money/currencies.js';
import { industries } from './industries.js';

export function createReferenceRoutes(): Router {
  const router = Router();
  router.get('/v1/reference/industries', (_req, res) => {
    res.json({ data: industries });
  });
  router.get('/v1/reference/currencies', (_req, res) => {
    res.json({ data: supportedCurrencies() });
  });
  return router;
}
