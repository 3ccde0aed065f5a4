import { expect } from 'chai';
import type { MessageInbox } from './service-process.js';

let counter = 0;

async function call(url: string, method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

/** Registers and onboards a US account over HTTP against a running service, then adds cards
 * that verify at once: the state a billing job finds. */
export async function remoteAccountWithCards(url: string, inbox: MessageInbox, paymentMethods: string[]): Promise<{ accountId: string }> {
  const email = `crash.${Date.now()}.${++counter}@example.com`;
  const registered = await call(url, 'POST', '/v1/accounts', { email, country: 'US' });
  expect(registered.status, JSON.stringify(registered.body)).to.equal(201);
  const token = registered.body.token as string;
  expect((await call(url, 'POST', '/v1/onboarding/email-code/verify', { code: await inbox.code(email, 1) }, token)).status).to.equal(200);
  const phone = '+12015550123';
  // One number may serve several accounts (a company's phone): wait for the code sent now.
  const sentBefore = inbox.count(phone);
  expect((await call(url, 'POST', '/v1/onboarding/mobile-code', { phone }, token)).status).to.equal(202);
  expect((await call(url, 'POST', '/v1/onboarding/mobile-code/verify', { code: await inbox.code(phone, sentBefore + 1) }, token)).status).to.equal(200);
  const details = await call(url, 'PUT', '/v1/onboarding/details', { type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' }, token);
  expect(details.status, JSON.stringify(details.body)).to.equal(200);
  for (const paymentMethod of paymentMethods) {
    const card = await call(url, 'POST', '/v1/cards', { payment_method: paymentMethod, holder_name: 'Ada Lovelace' }, token);
    expect(card.status, JSON.stringify(card.body)).to.equal(201);
  }
  return { accountId: registered.body.account.id as string };
}
