import { expect } from 'chai';
import type { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import type { Customer } from './customer-flow.js';
import type { TestApp } from './test-app.js';

/** Ready-made Chilean ids: a valid RUT (12.345.678-5) for accounts that need one. */
export const chileanId = { id_type: 'RUT', id_number: '12.345.678-5' };

/** `POST /v1/cards` as a signup frontend sends it, after the gateway's form gave it `paymentMethod`. */
export function postCard(t: TestApp, customer: Customer, paymentMethod: string, extra: Record<string, unknown> = {}) {
  return t.api.post('/v1/cards').set(customer.auth).send({ payment_method: paymentMethod, holder_name: 'Ada Lovelace', ...extra });
}

/** Adds a card that is expected to verify at once (201); returns the card. */
export async function addCard(t: TestApp, customer: Customer, paymentMethod = 'pm_card_visa', extra: Record<string, unknown> = {}) {
  const response = await postCard(t, customer, paymentMethod, extra);
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  return response.body.card as { id: string; last4: string; brand: string; status: string; is_default: boolean; exp_month: number; exp_year: number };
}

/** The customer presses Complete or Fail on the simulator's 3-D Secure page (a form POST). */
export async function answerThreeDSecure(t: TestApp, url: string, outcome: 'complete' | 'fail') {
  const path = new URL(url).pathname;
  const page = await t.api.get(path);
  expect(page.status, 'the 3-D Secure page is served').to.equal(200);
  const answered = await t.api.post(path).type('form').send({ outcome });
  expect(answered.status, answered.text).to.be.oneOf([200, 303]);
  return answered;
}

export const listCards = async (t: TestApp, customer: Customer) => (await t.api.get('/v1/cards').set(customer.auth)).body.data as Array<Record<string, unknown>>;

export const cardHistory = async (t: TestApp, customer: Customer) =>
  (await t.api.get('/v1/cards/history').set(customer.auth)).body.data as Array<Record<string, any>>;

export function simulatorOf(t: TestApp): SimulatorGateway {
  const simulator = t.context.simulator;
  if (!simulator) throw new Error('the test app runs without the simulator');
  return simulator;
}
