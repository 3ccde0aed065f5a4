import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { createGateway } from '../../src/composition/create-adapters.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { onboardByApi, signInOnPage } from './helpers/customer-setup.js';
import { fakeStripeJs } from './helpers/fake-stripe.js';

describe('the customer page in a browser with GATEWAY=stripe: Stripe Elements', function () {
  let app: BrowserApp;
  let browser: Browser;
  // The page runs as with Stripe (its config and CSP say stripe); behind it the simulator
  // answers for Stripe, since the test payment-method ids are the same.
  runInBrowser(this, (started) => ({ app, browser } = started), {
    env: { GATEWAY: 'stripe', STRIPE_SECRET_KEY: 'sk_test_browser', STRIPE_PUBLISHABLE_KEY: 'pk_test_browser' },
    overrides: (config, db) => ({ gateway: createGateway(loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: config.PUBLIC_BASE_URL }), db, systemClock) }),
  });

  it('when the card is typed into Stripe Elements, then only the payment-method id reaches the service and the card is saved', async () => {
    const customer = await onboardByApi(app);
    const page = await browser.newPage();
    await page.route('https://js.stripe.com/v3/', (route) => route.fulfill({ contentType: 'application/javascript', body: fakeStripeJs }));
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/cards') sent.push(request.postData() ?? '');
    });
    const person = new Person(page, 'stripe-elements');
    await signInOnPage(person, app, customer.email);
    await person.heading('Step 4 of 4: add a card');
    await person.sees('Your card number goes straight to Stripe; we only receive a token for it.');
    expect(await person.text()).not.to.contain('simulator test cards');
    expect(await page.evaluate(() => (window as unknown as { fakeStripeKey?: string }).fakeStripeKey)).to.equal('pk_test_browser');

    await person.fill('Card number', '4242 42');
    await person.press('Save card');
    await person.sees('Your card number is incomplete.');
    expect(await person.focused()).to.equal('Card number');
    expect(sent).to.deep.equal([]);
    await person.check('stripe card incomplete');

    await person.fill('Card number', '4242 4242 4242 4242');
    await person.press('Save card');
    await person.heading('Billing');
    await person.sees(/Card saved: Visa ending 4242/);
    await person.check('stripe card saved');
    expect(sent).to.have.length(1);
    expect(JSON.parse(sent[0]!)).to.include({ payment_method: 'pm_card_visa', holder_name: 'Ana Rojas' });
    expect(sent[0]).not.to.match(/4242 ?4242/);
    person.expectNoProblems();
  });
});
