import { expect } from 'chai';
import type { TestApp } from './test-app.js';
import { uniqueEmail } from './unique-email.js';

// The component suites make their accounts from this module, address included.
export { uniqueEmail };

export interface Customer {
  accountId: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

/** Registers an account through the API, as a signup frontend would. */
export async function register(t: TestApp, country = 'US', email = uniqueEmail()): Promise<Customer> {
  const response = await t.api.post('/v1/accounts').send({ email, country });
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  const token = response.body.token as string;
  return { accountId: response.body.account.id, email, token, auth: { Authorization: `Bearer ${token}` } };
}

const sampleMobiles: Record<string, string> = { US: '+12015550123', CL: '+56961234567', GB: '+447400123456', JP: '+819012345678', DE: '+4915112345678' };

/** Email code → mobile code → individual details: the account is ready for its first card. */
export async function onboard(t: TestApp, country = 'US', email?: string): Promise<Customer> {
  const customer = await register(t, country, email);
  const emailCode = await t.inbox.code(customer.email, 1);
  expect((await t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code: emailCode })).status).to.equal(200);
  const phone = sampleMobiles[country];
  if (!phone) throw new Error(`no sample mobile number for ${country}`);
  const sentBefore = t.inbox.sentTo(phone).length;
  expect((await t.api.post('/v1/onboarding/mobile-code').set(customer.auth).send({ phone })).status).to.equal(202);
  const smsCode = await t.inbox.code(phone, sentBefore + 1);
  expect((await t.api.post('/v1/onboarding/mobile-code/verify').set(customer.auth).send({ code: smsCode })).status).to.equal(200);
  const details = await t.api
    .put('/v1/onboarding/details')
    .set(customer.auth)
    .send({ type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country }, industry: 'software' });
  expect(details.status, JSON.stringify(details.body)).to.equal(200);
  return customer;
}
