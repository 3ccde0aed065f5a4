import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { pastDueSummarySchema } from '../../features/pay-page/pay-page-openapi.js';
import { accountPreferencesSchema, registerAccountSchema } from '../../features/accounts/account-routes.js';
import { accountDetailsSchema } from '../../features/onboarding/account-details.js';
import { codeSchema, mobileCodeRequestSchema } from '../../features/onboarding/onboarding-routes.js';
import { signInCodeRequestSchema, signInSchema } from '../../features/sessions/session-routes.js';
import { addPath } from '../openapi-helpers.js';

const step = z.enum(['pending', 'done']);
export const onboardingSchema = z.object({
  next_step: z.enum(['email', 'mobile', 'details', 'card', 'complete']),
  steps: z.object({ email: step, mobile: step, details: step, card: step }),
  status: z.enum(['registered', 'active']),
});
export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  country: z.string(),
  currency: z.string(),
  type: z.enum(['individual', 'enterprise']).nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  mobile: z.string().nullable().describe('E.164, once verified'),
  status: z.enum(['registered', 'active']),
  created_at: z.string(),
});
// GET /v1/account and its preferences answer: the account with what it owes past due.
const accountWithPastDueSchema = accountSchema.extend({
  past_due: pastDueSummarySchema.nullable().describe('Set while a charge with on_failure retry is past due (or in a retry round); null otherwise'),
});
const codeSent = z.object({ status: z.literal('sent'), expires_in_seconds: z.number(), resend_after_seconds: z.number() });
const codeErrors = ['invalid_code', 'code_expired', 'too_many_attempts', 'rate_limited', 'validation_failed'] as const;

export function registerOnboardingPaths(registry: OpenAPIRegistry): void {
  const tag = 'Accounts and onboarding';
  addPath(registry, { tag, method: 'post', path: '/v1/accounts', operationId: 'registerAccount', summary: 'Register an account', description: 'Emails the registration code (the first proof of the email). Rate limited per client address.', body: registerAccountSchema, success: { status: 201, description: 'The account and a customer token', schema: z.object({ account: accountSchema, token: z.string() }) }, errors: ['email_taken', 'validation_failed', 'rate_limited'] });
  addPath(registry, { tag, method: 'post', path: '/v1/sessions/email-code', operationId: 'sendSignInCode', summary: 'Email a sign-in code', description: 'Always 202, whether or not the email has an account (no account enumeration). A request inside the resend cooldown is dropped silently.', body: signInCodeRequestSchema, success: { status: 202, description: 'Accepted' }, errors: ['validation_failed', 'rate_limited'] });
  addPath(registry, { tag, method: 'post', path: '/v1/sessions', operationId: 'createSession', summary: 'Sign in with the emailed code', description: 'Every failure (unknown email, wrong, expired or exhausted code) is the same 401 invalid_code.', body: signInSchema, success: { status: 201, description: 'A customer token', schema: z.object({ token: z.string() }) }, errors: ['invalid_code', 'validation_failed', 'rate_limited'] });
  addPath(registry, { tag, method: 'get', path: '/v1/account', operationId: 'getAccount', scope: 'account', orScope: 'pay', summary: 'The caller’s account', success: { status: 200, description: 'The account', schema: accountWithPastDueSchema } });
  addPath(registry, { tag, method: 'put', path: '/v1/account/preferences', operationId: 'updateAccountPreferences', scope: 'account', summary: 'Set the preferred currency', body: accountPreferencesSchema, success: { status: 200, description: 'The account', schema: accountWithPastDueSchema }, errors: ['unsupported_currency', 'validation_failed'] });
  addPath(registry, { tag, method: 'get', path: '/v1/onboarding', operationId: 'getOnboarding', scope: 'account', summary: 'Where the activation flow stands', success: { status: 200, description: 'Onboarding state', schema: onboardingSchema } });
  addPath(registry, { tag, method: 'post', path: '/v1/onboarding/email-code', operationId: 'sendEmailCode', scope: 'account', summary: 'Email a new code', success: { status: 202, description: 'Sent', schema: codeSent }, errors: ['resend_too_soon', 'rate_limited'] });
  addPath(registry, { tag, method: 'post', path: '/v1/onboarding/email-code/verify', operationId: 'verifyEmailCode', scope: 'account', summary: 'Prove the email', body: codeSchema, success: { status: 200, description: 'Onboarding state', schema: onboardingSchema }, errors: [...codeErrors] });
  addPath(registry, { tag, method: 'post', path: '/v1/onboarding/mobile-code', operationId: 'sendMobileCode', scope: 'account', summary: 'Text a code to a mobile number of the account’s country', body: mobileCodeRequestSchema, success: { status: 202, description: 'Sent', schema: codeSent }, errors: ['email_step_required', 'invalid_phone', 'phone_region_mismatch', 'phone_not_mobile', 'resend_too_soon', 'rate_limited'] });
  addPath(registry, { tag, method: 'post', path: '/v1/onboarding/mobile-code/verify', operationId: 'verifyMobileCode', scope: 'account', summary: 'Prove the mobile number the code was sent to', body: codeSchema, success: { status: 200, description: 'Onboarding state', schema: onboardingSchema }, errors: [...codeErrors] });
  addPath(registry, { tag, method: 'put', path: '/v1/onboarding/details', operationId: 'updateAccountDetails', scope: 'account', summary: 'Individual or enterprise details', body: accountDetailsSchema, success: { status: 200, description: 'Onboarding state', schema: onboardingSchema }, errors: ['mobile_step_required', 'unsupported_currency', 'validation_failed'] });
  addPath(registry, { tag: 'Reference', method: 'get', path: '/v1/reference/industries', operationId: 'listIndustries', summary: 'Industries for the details form', success: { status: 200, description: 'List', schema: z.object({ data: z.array(z.object({ code: z.string(), name: z.string() })) }) } });
  addPath(registry, { tag: 'Reference', method: 'get', path: '/v1/reference/currencies', operationId: 'listCurrencies', summary: 'Supported currencies with their verification amount (minor units)', success: { status: 200, description: 'List', schema: z.object({ data: z.array(z.object({ code: z.string(), name: z.string(), decimals: z.number(), verification_amount: z.number(), minimum_charge_amount: z.number().optional(), topup_min_amount: z.number().optional(), topup_max_amount: z.number().optional(), topup_presets: z.array(z.number()).optional() })) }) } });
  addPath(registry, { tag: 'Operations', method: 'get', path: '/healthz', operationId: 'getHealth', summary: 'Liveness', success: { status: 200, description: 'Up' } });
  addPath(registry, { tag: 'Operations', method: 'get', path: '/readyz', operationId: 'getReadiness', summary: 'Readiness: database reachable, migrations current (Redis reported when configured, not required)', success: { status: 200, description: 'Ready' }, more: { '503': { description: 'Not ready' } } });
  addPath(registry, { tag: 'Operations', method: 'get', path: '/metrics', operationId: 'getMetrics', summary: 'Prometheus metrics', success: { status: 200, description: 'Text exposition format' } });
}
