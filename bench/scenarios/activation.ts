// The activation flow a signup frontend drives, as in test/crash/remote-customer.ts: register,
// verify the emailed code, ask for the SMS code, verify it, give the details. Against the service
// the codes come from the message inbox (MESSAGE_TRANSPORT=webhook); against the bare baseline
// (bench/bare-activation.ts) any code does. Used by bench/table.ts.
import type { MessageInbox } from '../../test/crash/service-process.js';
import { runLoad, type LoadResult } from '../load.js';
import { warnUnless } from './charges.js';

export type ActivationStep = 'register' | 'email-verify' | 'mobile-code' | 'mobile-verify' | 'details';
/** What a step answered: recorded once from the service, served by the bare baseline. */
export type CannedAnswers = Record<ActivationStep, { status: number; body: string }>;

const expected: Record<ActivationStep, number> = { register: 201, 'email-verify': 200, 'mobile-code': 202, 'mobile-verify': 200, details: 200 };
let flowCounter = 0;

/**
 * One flow, each under a new email and a new mobile number (one number per flow, so that the
 * code waited for is this flow's). Returns 200 when every step answered as expected, otherwise the
 * first unexpected status. `inbox` undefined: the bare baseline, codes are not checked.
 */
export async function activationFlow(url: string, run: string, inbox?: MessageInbox, record?: (step: ActivationStep, status: number, body: string) => void): Promise<number> {
  const index = ++flowCounter;
  if (index >= 10_000) throw new Error('activation bench: out of distinct mobile numbers for this inbox');
  const email = `bench.${run}.${index}@example.com`;
  const phone = `+1202555${String(index).padStart(4, '0')}`;
  let token = '';
  const step = async (name: ActivationStep, method: string, path: string, body: unknown): Promise<Record<string, unknown> | undefined> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    record?.(name, response.status, text);
    if (response.status !== expected[name]) throw response.status;
    return name === 'register' ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  };
  const code = async (to: string) => (inbox ? inbox.code(to, 1) : '000000');
  try {
    token = (await step('register', 'POST', '/v1/accounts', { email, country: 'US' }))!.token as string;
    await step('email-verify', 'POST', '/v1/onboarding/email-code/verify', { code: await code(email) });
    await step('mobile-code', 'POST', '/v1/onboarding/mobile-code', { phone });
    await step('mobile-verify', 'POST', '/v1/onboarding/mobile-code/verify', { code: await code(phone) });
    await step('details', 'PUT', '/v1/onboarding/details', { type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' });
    return 200;
  } catch (failure) {
    if (typeof failure === 'number') return failure;
    throw failure;
  }
}

/** One flow against the service, its five answers kept for the bare baseline to serve. */
export async function recordActivationAnswers(url: string, inbox: MessageInbox): Promise<CannedAnswers> {
  const answers: Partial<CannedAnswers> = {};
  const status = await activationFlow(url, 'record', inbox, (name, answered, body) => (answers[name] = { status: answered, body }));
  if (status !== 200) throw new Error(`activation flow answered ${status}: ${JSON.stringify(answers)}`);
  return answers as CannedAnswers;
}

/** `flows` flows with `concurrency` at a time, after a warm-up of a tenth as many. */
export async function runActivations(url: string, flows: number, concurrency: number, run: string, inbox?: MessageInbox): Promise<LoadResult> {
  await runLoad(Math.max(10, Math.ceil(flows / 10)), concurrency, () => activationFlow(url, `${run}-warm`, inbox));
  const result = await runLoad(flows, concurrency, () => activationFlow(url, run, inbox));
  warnUnless('200', `activation ${run}`, result);
  return result;
}
