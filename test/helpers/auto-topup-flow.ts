import { expect } from 'chai';
import type { Customer } from './customer-flow.js';
import { billingAuth, postCharge, uniqueKey } from './charge-flow.js';
import type { TestApp } from './test-app.js';

/** Funds the balance the way support records a bank transfer (no card involved). */
export async function fundByTransfer(t: TestApp, customer: Customer, amount: number, currency = 'USD'): Promise<void> {
  const support = { Authorization: `Bearer ${await t.token('support-agent', ['support'])}` };
  const credited = await t.api
    .post(`/v1/support/accounts/${customer.accountId}/transfers`)
    .set(support)
    .set('Idempotency-Key', uniqueKey('transfer'))
    .send({ amount, currency, reference: uniqueKey('WIRE') });
  expect(credited.status, JSON.stringify(credited.body)).to.equal(201);
}

export async function turnOnAutoTopup(t: TestApp, customer: Customer, rule: Record<string, unknown>) {
  const response = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ consent: true, ...rule });
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
  return response.body;
}

/** A billing job takes `amount` from the balance alone. */
export async function debit(t: TestApp, customer: Customer, amount: number) {
  const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount, source: 'balance' });
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  return response.body;
}

export async function automaticTopups(t: TestApp, customer: Customer): Promise<Array<Record<string, any>>> {
  const response = await t.api.get('/v1/topups?limit=100').set(customer.auth);
  expect(response.status).to.equal(200);
  return response.body.data.filter((topup: { trigger: string }) => topup.trigger === 'automatic');
}

export async function ruleOf(t: TestApp, customer: Customer) {
  const response = await t.api.get('/v1/balance/auto_topup').set(customer.auth);
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
  return response.body;
}

/** The emails of one template sent to the customer, once delivery has run. */
export async function emails(t: TestApp, customer: Customer, template: string) {
  await t.messagesSettled();
  return t.inbox.sentTo(customer.email).filter((message) => message.template === template);
}
