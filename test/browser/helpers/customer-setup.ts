import { expect } from 'chai';
import type { BrowserApp } from './browser-app.js';
import { uniqueEmail } from '../../helpers/unique-email.js';
import type { Person } from './browser.js';

async function call(app: BrowserApp, method: string, path: string, token: string | null, body?: unknown, status = 200) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).to.equal(status);
  return text ? JSON.parse(text) : null;
}

const mobiles: Record<string, string> = { US: '+12015550123', CL: '+56961234567' };

/** An account taken through activation by API calls (the tests about later pages start here). */
export async function onboardByApi(app: BrowserApp, country = 'US', email = uniqueEmail('customer')) {
  const { token, account } = await call(app, 'POST', '/v1/accounts', null, { email, country }, 201);
  await call(app, 'POST', '/v1/onboarding/email-code/verify', token, { code: await app.inbox.code(email, 1) });
  const phone = mobiles[country]!;
  const before = app.inbox.sentTo(phone).length;
  await call(app, 'POST', '/v1/onboarding/mobile-code', token, { phone }, 202);
  await call(app, 'POST', '/v1/onboarding/mobile-code/verify', token, { code: await app.inbox.code(phone, before + 1) });
  await call(app, 'PUT', '/v1/onboarding/details', token, { type: 'individual', name: 'Ana Rojas', address: { line1: '1 Main St', city: 'Springfield', country }, industry: 'software' });
  return { email, token, accountId: account.id as string };
}

export const addCardByApi = (app: BrowserApp, token: string, paymentMethod = 'pm_card_visa') =>
  call(app, 'POST', '/v1/cards', token, { payment_method: paymentMethod, holder_name: 'Ana Rojas' }, 201);

export { call as callApi };

/** Signs in on the customer page with the emailed code, as a returning customer does. */
export async function signInOnPage(person: Person, app: BrowserApp, email: string): Promise<void> {
  const sent = app.inbox.sentTo(email).length;
  await person.open(`${app.url}/`);
  await person.heading('Sign in');
  await person.page.locator('#sign-in-request-form').getByLabel('Email').fill(email);
  await person.press('Email me a sign-in code');
  await person.sees('If an account uses this email, a 6-digit code is on its way.');
  await person.fill('Sign-in code', await app.inbox.code(email, sent + 1));
  await person.press('Sign in');
  // Signed in, the page shows where the account is and moves the focus to that page's title.
  await person.focusMovesTo(person.page.getByRole('heading', { level: 1 }));
}
