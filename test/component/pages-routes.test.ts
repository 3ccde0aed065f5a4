import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { findCardNumber } from '../../src/http/find-card-number.js';

describe('the pages: customer page at /, support console at /support (static files and their config)', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('when the customer page and the console are fetched, then they are HTML under a CSP with no inline script, and their assets are served', async () => {
    t = await createTestApp();
    for (const path of ['/', '/support']) {
      const page = await t.api.get(path);
      expect(page.status).to.equal(200);
      expect(page.type).to.equal('text/html');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).to.match(/script-src 'self'(;|$)/);
      expect(csp).not.to.contain('unsafe-inline');
      expect(csp).to.contain("frame-ancestors 'none'");
      expect(page.text).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    for (const asset of ['/pages/assets/customer/app.js', '/pages/assets/support/console.js', '/pages/assets/shared/pages.css']) {
      expect((await t.api.get(asset)).status, asset).to.equal(200);
    }
    const missing = await t.api.get('/pages/assets/customer/nope.js');
    expect(missing.status).to.equal(404);
    expect(missing.type).to.equal('application/problem+json');
  });

  it('when GATEWAY=simulator, then the config offers the test cards by name and id, and never a card number', async () => {
    t = await createTestApp();
    const config = await t.api.get('/pages/config.json');
    expect(config.body.gateway).to.equal('simulator');
    expect(config.body).not.to.have.property('stripe_publishable_key');
    expect(config.body.countries).to.include.members(['CL', 'US', 'JP']);
    const cards = config.body.test_cards as Array<{ id: string; label: string }>;
    expect(cards).to.deep.include({ id: 'pm_card_visa', label: 'Visa ending 4242: succeeds' });
    expect(cards).to.deep.include({ id: 'pm_card_authenticationRequired', label: 'Visa ending 3184: asks for 3-D Secure' });
    expect(cards.map((card) => card.id)).not.to.include('pm_card_chargeDeclined'); // an alias of pm_card_visa_chargeDeclined
    // The labels show on the customer page: a decline the API hides from customers is not named.
    expect(cards).to.deep.include({ id: 'pm_card_visa_chargeDeclinedInsufficientFunds', label: 'Visa ending 9995: declined (insufficient funds)' });
    expect(cards).to.deep.include({ id: 'pm_card_visa_chargeDeclinedStolenCard', label: 'Visa ending 9979: declined (a decline whose reason only support sees)' });
    expect(cards.map((card) => card.label).join('\n')).not.to.match(/stolen|lost|fraud|pickup|pick up|cvc|incorrect|zip|postal/i);
    expect(findCardNumber(config.body), "no card number in the config").to.equal(false);
  });

  it('when GATEWAY=stripe, then the config names Stripe and its publishable key, and the CSP lets Stripe.js load and frame its field', async () => {
    t = await createTestApp({ env: { GATEWAY: 'stripe', STRIPE_SECRET_KEY: 'sk_test_pages', STRIPE_PUBLISHABLE_KEY: 'pk_test_pages' } });
    const config = await t.api.get('/pages/config.json');
    expect(config.body).to.include({ gateway: 'stripe', stripe_publishable_key: 'pk_test_pages' });
    expect(config.body).not.to.have.property('test_cards');
    const csp = String((await t.api.get('/')).headers['content-security-policy']);
    expect(csp).to.contain("script-src 'self' https://js.stripe.com");
    expect(csp).to.contain('frame-src https://js.stripe.com');
    expect(csp).not.to.contain('unsafe-inline');
  });

  it('when the mobile field asks for a country hint, then it gets the calling code and a sample mobile; an unknown country is 404', async () => {
    t = await createTestApp();
    expect((await t.api.get('/pages/phone-hint/cl')).body).to.deep.equal({ country: 'CL', calling_code: '+56', example: '9 6123 4567' });
    const us = await t.api.get('/pages/phone-hint/US');
    expect(us.body.calling_code).to.equal('+1');
    expect(us.body.example).to.be.a('string');
    const unknown = await t.api.get('/pages/phone-hint/ZZ');
    expect(unknown.status).to.equal(404);
    expect(unknown.body.code).to.equal('not_found');
  });
});
