import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { validate } from '../../http/validate.js';
import type { SessionService } from './session-service.js';

export const signInCodeRequestSchema = z.strictObject({ email: z.email('must be an email address').max(320) });
export const signInSchema = z.strictObject({ email: z.email('must be an email address').max(320), code: z.string().min(1).max(20) });

export function createSessionRoutes(deps: { sessionService: SessionService; publicRateLimit: RequestHandler }): Router {
  const router = Router();

  router.post('/v1/sessions/email-code', deps.publicRateLimit, (req, res) => {
    const { email } = validate(signInCodeRequestSchema, req.body);
    deps.sessionService.requestCode(email);
    res.status(202).json({ status: 'accepted', detail: 'If an account uses this email, a sign-in code is on its way.' });
  });

  router.post('/v1/sessions', deps.publicRateLimit, async (req, res) => {
    const { email, code } = validate(signInSchema, req.body);
    res.status(201).json({ token: await deps.sessionService.signIn(email, code) });
  });

  return router;
}
