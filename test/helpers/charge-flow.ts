import { expect } from 'chai';
import { answerThreeDSecure, chileanId, postCard } from './card-flow.js';
import { onboard, type Customer } from './customer-flow.js';
import type { TestApp } from './test-app.js';

let keyCounter = 0;
export const uniqueKey = (label = 'charge') => `${label}-${Date.now()}-${++keyCounter}`;

/** A billing job's bearer header. */
export async function billingAuth(t: TestApp, subject = 'billing-job'): Promise<{ Authorization: string }> {
  return { Authorization: `Bearer ${await t.token(subject, ['billing'])}` };
}

/** `POST /v1/accounts/{id}/charges` as a billing job sends it. */
export function postCharge(t: TestApp, auth: { Authorization: string }, accountId: string, body: Record<string, unknown>, key: string | null = uniqueKey()) {
  const request = t.api.post(`/v1/accounts/${accountId}/charges`).set(auth);
  if (key !== null) request.set('Idempotency-Key', key);
  return request.send(body);
}

/** Adds a card as the customer would, passing 3-D Secure when the bank asks: the card ends active. */
export async function addActiveCard(t: TestApp, customer: Customer, paymentMethod: string, extra: Record<string, unknown> = {}): Promise<{ id: string; last4: string }> {
  const added = await postCard(t, customer, paymentMethod, extra);
  if (added.status === 202) {
    await answerThreeDSecure(t, added.body.next_action.url, 'complete');
    const confirmed = await t.api.post(`/v1/cards/${added.body.card.id}/confirm`).set(customer.auth);
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);
    return confirmed.body.card;
  }
  expect(added.status, JSON.stringify(added.body)).to.equal(201);
  return added.body.card;
}

/** An onboarded account with these cards, in this charge order (the first is the default). */
export async function accountWithCards(t: TestApp, paymentMethods: string[], country = 'US') {
  const customer = await onboard(t, country);
  const cards = [];
  // Chilean accounts give the holder's id with each card.
  for (const paymentMethod of paymentMethods) cards.push(await addActiveCard(t, customer, paymentMethod, country === 'CL' ? chileanId : {}));
  if (cards.length > 1) {
    const ordered = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: cards.map((card) => card.id) });
    expect(ordered.status, JSON.stringify(ordered.body)).to.equal(200);
  }
  return { customer, cards };
}
