import { expect } from 'chai';
import { uniqueEmail } from '../helpers/unique-email.js';
import type { MessageInbox } from './service-process.js';

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
  const email = uniqueEmail('crash');
  const registered = await call(url, 'POST', '/v1/accounts', { email, country: 'US' });
  expect(registered.status, JSON.stringify(registered.body)).to.equal(201);
  const token = registered.body.token as string;
  const emailVerified = await call(url, 'POST', '/v1/onboarding/email-code/verify', { code: await inbox.code(email, 1) }, token);
  expect(emailVerified.status, JSON.stringify(emailVerified.body)).to.equal(200);
  const phone = '+12015550123';
  // One number may serve several accounts (a company's phone): wait for the code sent now.
  const sentBefore = inbox.count(phone);
  const codeSent = await call(url, 'POST', '/v1/onboarding/mobile-code', { phone }, token);
  expect(codeSent.status, JSON.stringify(codeSent.body)).to.equal(202);
  const mobileVerified = await call(url, 'POST', '/v1/onboarding/mobile-code/verify', { code: await inbox.code(phone, sentBefore + 1) }, token);
  expect(mobileVerified.status, JSON.stringify(mobileVerified.body)).to.equal(200);
  const details = await call(url, 'PUT', '/v1/onboarding/details', { type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' }, token);
  expect(details.status, JSON.stringify(details.body)).to.equal(200);
  const cardIds: string[] = [];
  for (const paymentMethod of paymentMethods) {
    const card = await call(url, 'POST', '/v1/cards', { payment_method: paymentMethod, holder_name: 'Ada Lovelace' }, token);
    if (card.status === 202) {
      // The bank asked for 3-D Secure: the customer presses Complete on the simulator's page.
      const page = await fetch(card.body.next_action.url, { method: 'POST', body: new URLSearchParams({ outcome: 'complete' }), redirect: 'manual' });
      expect(page.status).to.be.oneOf([200, 303]);
      const confirmed = await call(url, 'POST', `/v1/cards/${card.body.card.id}/confirm`, undefined, token);
      expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);
    } else {
      expect(card.status, JSON.stringify(card.body)).to.equal(201);
    }
    cardIds.push(card.body.card.id as string);
  }
  // The order given is the charge order: the first card is the default.
  if (cardIds.length > 1) expect((await call(url, 'PUT', '/v1/cards/order', { card_ids: cardIds }, token)).status).to.equal(200);
  return { accountId: registered.body.account.id as string };
}
