import { expect } from 'chai';
import type { MessageInbox } from '../crash/service-process.js';
import { uniqueEmail } from '../helpers/unique-email.js';

/** A caller behind the load balancer: `address` goes in X-Forwarded-For (the instances trust one
 * proxy hop), so each simulated customer has a rate-limit budget of its own. */
export async function call(url: string, method: string, path: string, options: { body?: unknown; token?: string; address?: string } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

/**
 * Registers and onboards a US account, each step on the next instance (`urls()` is read at every
 * step, as a restarted instance gets a new address), with a mobile number of its own so that
 * parallel customers never read each other's codes.
 */
export async function onboardAcross(urls: () => string[], inbox: MessageInbox, index: number): Promise<{ accountId: string; token: string; address: string }> {
  const at = (step: number) => urls()[(index + step) % urls().length]!;
  const address = `10.20.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  const email = uniqueEmail('multi');
  const registered = await call(at(0), 'POST', '/v1/accounts', { body: { email, country: 'US' }, address });
  expect(registered.status, JSON.stringify(registered.body)).to.equal(201);
  const token = registered.body.token as string;
  const verifyEmail = await call(at(1), 'POST', '/v1/onboarding/email-code/verify', { body: { code: await inbox.code(email, 1) }, token, address });
  expect(verifyEmail.status, JSON.stringify(verifyEmail.body)).to.equal(200);
  const phone = `+1201555${String(100 + index).padStart(4, '0')}`;
  const sent = await call(at(2), 'POST', '/v1/onboarding/mobile-code', { body: { phone }, token, address });
  expect(sent.status, JSON.stringify(sent.body)).to.equal(202);
  const verifyPhone = await call(at(0), 'POST', '/v1/onboarding/mobile-code/verify', { body: { code: await inbox.code(phone, 1) }, token, address });
  expect(verifyPhone.status, JSON.stringify(verifyPhone.body)).to.equal(200);
  const details = await call(at(1), 'PUT', '/v1/onboarding/details', {
    body: { type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' },
    token,
    address,
  });
  expect(details.status, JSON.stringify(details.body)).to.equal(200);
  return { accountId: registered.body.account.id as string, token, address };
}

/** Adds a card on one instance; when the bank asks for 3-D Secure the customer presses Complete on
 * the page (served by whichever instance made it) and the frontend confirms on another. */
export async function addCardAcross(url: string, confirmUrl: string, token: string, paymentMethod: string): Promise<'verified' | 'three_d_secure'> {
  const added = await call(url, 'POST', '/v1/cards', { body: { payment_method: paymentMethod, holder_name: 'Ada Lovelace' }, token });
  if (added.status === 201) return 'verified';
  expect(added.status, JSON.stringify(added.body)).to.equal(202);
  const page = await fetch(added.body.next_action.url as string, { method: 'POST', body: new URLSearchParams({ outcome: 'complete' }), redirect: 'manual' });
  expect(page.status).to.be.oneOf([200, 303]);
  const confirmed = await call(confirmUrl, 'POST', `/v1/cards/${added.body.card.id}/confirm`, { token });
  expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);
  return 'three_d_secure';
}
