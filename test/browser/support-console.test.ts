import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { launchBrowser, Person, skipWithoutChromium } from './helpers/browser.js';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app.js';
import { addCardByApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

describe('the support console in a browser', function () {
  // A browser walks through several pages: far longer than an API call, more so on a busy machine.
  this.timeout(120_000);
  let app: BrowserApp;
  let browser: Browser;

  before(async function () {
    skipWithoutChromium(this);
    app = await startBrowserApp();
    browser = await launchBrowser();
  });
  after(async () => {
    await app?.close();
  });

  it('when a stolen card is declined, then the customer reads the generic decline, and support finds the account and reads that the card was reported stolen and what to do', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);

    const person = new Person(await browser.newPage(), 'stolen-customer');
    await signInOnPage(person, app, customer.email);
    await person.press('Add a card');
    await person.choose('Card (simulator test cards)', /ending 9979: declined \(stolen card\)$/);
    await person.press('Save card');
    const generic = 'Your card was declined. Please use a different card, or contact your bank to find out why.';
    await person.sees(generic);
    await person.page.getByRole('tab', { name: 'History' }).click();
    await person.sees('Card not added');
    const history = await person.page.locator('#panel-history').innerText();
    expect(history).to.contain(generic);
    expect(history).not.to.match(/stolen/i);
    await person.check('customer history');

    const staff = new Person(await browser.newPage(), 'support');
    const requests: Array<string | undefined> = [];
    staff.page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/v1/')) requests.push(request.headers().authorization);
    });
    await staff.open(`${app.url}/support`);
    await staff.heading('Support console');
    await staff.check('token form');
    await staff.fill('Support token', customer.token);
    await staff.press('Use this token');
    await staff.sees('This is not a support token. Mint one with npm run token -- --scope support --sub your-name.');
    expect(await staff.focused()).to.equal('Support token');

    const supportToken = await app.token('alice', ['support']);
    await staff.fill('Support token', supportToken);
    await staff.press('Use this token');
    await staff.sees(/Token of alice, valid until/);
    expect(await staff.focused()).to.equal('Search for');
    await staff.choose('Search by', 'Email (exact or the start of it)');
    await staff.fill('Search for', customer.email.toUpperCase());
    await staff.press('Search');
    await staff.sees(`Ana Rojas: ${customer.email}`);
    await staff.check('search results');
    await staff.press(`Open ${customer.email}`);
    await staff.heading(`Ana Rojas (${customer.email})`);
    const failure = staff.page.locator('#account li').filter({ hasText: 'Card added: card not saved: failed' });
    expect(await failure.innerText()).to.contain(`The customer was told: ${generic}`);
    expect(await failure.innerText()).to.match(/What happened, and what to say and do: .*stolen/);
    expect(await failure.innerText()).to.contain('card_declined / stolen_card');
    await staff.check('account view');

    await staff.press('Show the audit log');
    await staff.sees('Opened an account');
    expect(await staff.page.getByRole('row').filter({ hasText: 'Searched accounts' }).first().innerText()).to.contain('alice');
    await staff.check('audit log');

    expect(requests.length).to.be.greaterThan(2);
    expect(requests.every((header) => header === `Bearer ${supportToken}`), 'every console request carries the support token, never a customer one').to.equal(true);
    expect(await staff.page.evaluate(() => localStorage.length + sessionStorage.length), 'nothing kept in web storage').to.equal(0);
    await staff.page.reload();
    await staff.heading('Your support token');
    expect(await staff.field('Support token').inputValue()).to.equal('');
    staff.expectNoProblems();
    person.expectNoProblems();
  });
});
