import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { accountIdOf, requireScope } from '../../http/authenticate.js';
import { validate } from '../../http/validate.js';
import { accountDetailsSchema } from './account-details.js';
import type { OnboardingService } from './onboarding-service.js';

export const codeSchema = z.strictObject({ code: z.string().min(1).max(20) });
export const mobileCodeRequestSchema = z.strictObject({ phone: z.string().min(1).max(40) });

export function createOnboardingRoutes(deps: {
  onboardingService: OnboardingService;
  publicRateLimit: RequestHandler;
  codeTtlSeconds: number;
  resendSeconds: number;
}): Router {
  const router = Router();
  const service = deps.onboardingService;
  const customer = [requireScope('account')];
  const limited = [requireScope('account'), deps.publicRateLimit];
  const sent = { status: 'sent', expires_in_seconds: deps.codeTtlSeconds, resend_after_seconds: deps.resendSeconds };

  router.get('/v1/onboarding', ...customer, async (req, res) => {
    res.json(await service.state(accountIdOf(req)));
  });

  router.post('/v1/onboarding/email-code', ...limited, async (req, res) => {
    await service.sendEmailCode(accountIdOf(req));
    res.status(202).json(sent);
  });

  router.post('/v1/onboarding/email-code/verify', ...limited, async (req, res) => {
    const { code } = validate(codeSchema, req.body);
    res.json(await service.verifyEmailCode(accountIdOf(req), code));
  });

  router.post('/v1/onboarding/mobile-code', ...limited, async (req, res) => {
    const { phone } = validate(mobileCodeRequestSchema, req.body);
    await service.sendMobileCode(accountIdOf(req), phone);
    res.status(202).json(sent);
  });

  router.post('/v1/onboarding/mobile-code/verify', ...limited, async (req, res) => {
    const { code } = validate(codeSchema, req.body);
    res.json(await service.verifyMobileCode(accountIdOf(req), code));
  });

  router.put('/v1/onboarding/details', ...customer, async (req, res) => {
    const details = validate(accountDetailsSchema, req.body);
    res.json(await service.submitDetails(accountIdOf(req), details));
  });

  return router;
}
