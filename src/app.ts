import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppContext } from './composition-root.js';
import { authenticate } from './http/authenticate.js';
import { httpMetrics } from './http/http-metrics.js';
import { notFoundHandler, problemDetailsHandler } from './http/problem-details.js';
import { PUBLIC_LIMITED_ROUTES } from './http/rate-limits.js';
import { limitJsonDepth } from './http/limit-json-depth.js';
import { checkRequestInput } from './http/check-request-input.js';
import { refuseRepeatedHeaders } from './http/refuse-repeated-headers.js';
import { skipOtherPaths } from './http/skip-other-paths.js';
import { requestContext } from './http/request-context.js';
import { createThreeDSecurePageRouter } from './gateway/simulator/three-d-secure-page.js';

const BODY_LIMIT = '64kb';

/** Middleware order matters: request id and logs first, then parsing (raw for signed webhooks,
 * JSON elsewhere), the caller's identity, the limits (the public one too, so a caller over it costs
 * nothing more), then the input rules (control characters, id shapes, card numbers) before anything
 * can store, log or forward the request, the feature routers, and last the one error handler. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.set('trust proxy', context.config.trustProxy);
  app.disable('x-powered-by');

  app.use(requestContext(context.logger));
  app.use(httpMetrics(context.metrics));
  app.use(helmet());
  // Stripe signs the exact bytes it sent, so its webhook keeps the raw body.
  app.use('/v1/webhooks', express.raw({ type: '*/*', limit: BODY_LIMIT }));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use('/simulator', express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(limitJsonDepth);
  app.use(refuseRepeatedHeaders);
  app.use(authenticate(context.tokenVerifier));
  app.use('/v1', context.tokenRateLimit);
  app.post(PUBLIC_LIMITED_ROUTES, context.publicRateLimit);
  app.use(checkRequestInput);
  // After the caller is known (keys are scoped to it) and limits are applied (a 429 never takes a key).
  app.use(context.idempotency);

  for (const router of context.routers) app.use(skipOtherPaths(router));
  // The simulator's stand-in for the bank's 3-D Secure page (GATEWAY=simulator only).
  if (context.simulator && context.config.GATEWAY === 'simulator') app.use('/simulator', createThreeDSecurePageRouter(context.simulator));

  app.use(notFoundHandler);
  app.use(problemDetailsHandler(context.logger));
  return app;
}
