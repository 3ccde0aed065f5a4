import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { launchBrowser, Person, skipWithoutChromium } from './helpers/browser.js';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app.js';
import { newEmail } from './helpers/customer-setup.js';

describe('the customer page in a browser: a Chilean sign-up', function () {
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

  it('when a Chilean customer types a RUT with a wrong check digit, then the page says so next to the ID; the right RUT saves the card with a hold in pesos', async () => {
    const person = new Person(await browser.newPage(), 'chile');
    const email = newEmail('rosa');
    await person.open(`${app.url}/`);
    await person.page.locator('#register-form').getByLabel('Email').fill(email);
    await person.choose('Country where the account is registered', 'Chile');
    await person.press('Create account');
    await person.fill('Email code', await app.inbox.code(email, 1));
    await person.press('Confirm email');

    await person.heading('Step 2 of 4: confirm your mobile number');
    await person.sees(/A mobile number in Chile: for example .*\+56\./);
    await person.fill('Mobile number (Chile)', '9 6123 4567');
    await person.press('Text me a code');
    await person.fill('SMS code', await app.inbox.code('+56961234567', 1));
    await person.press('Confirm mobile number');

    await person.heading('Step 3 of 4: your details');
    expect(await person.field('Country').locator('option:checked').innerText()).to.equal('Chile');
    await person.page.getByLabel('Enterprise').check();
    await person.fill('Company name', 'Rojas SpA');
    await person.fill('Contact person', 'Rosa Rojas');
    await person.fill("Contact's position", 'CFO');
    expect(await person.field('Billing currency').locator('option:checked').innerText()).to.equal('Chilean peso (CLP)');
    await person.fill('Address', 'Av. Providencia 1234');
    await person.fill('City', 'Santiago');
    await person.choose('Industry', 'Retail and e-commerce');
    await person.check('enterprise details');
    await person.press('Save details');

    await person.heading('Step 4 of 4: add a card');
    await person.sees('To check the card we place a temporary hold of CLP 1,000 on it.');
    await person.sees("Card holder's ID (needed for Chilean accounts)");
    await person.fill('Name on the card', 'Rosa Rojas');
    await person.choose('Card (simulator test cards)', /^Visa ending 4242: succeeds$/);
    await person.choose('ID type', 'RUT');
    await person.fill('ID number', '12.345.678-4');
    await person.press('Save card');
    const idError = await person.sees(/This RUT is not valid: check the number and its check digit/);
    expect(await person.focused()).to.equal('ID number');
    expect(await person.field('ID number').getAttribute('aria-invalid')).to.equal('true');
    expect(await person.button('Save card').isEnabled()).to.equal(true);
    await person.check('bad RUT');

    await person.fill('ID number', '12.345.678-5');
    await person.press('Save card');
    await person.heading('Billing');
    await person.sees(/Card saved: Visa ending 4242\. We placed a hold of CLP\s1,000 to check it/);
    expect(await idError.isVisible()).to.equal(false);
    await person.sees(/ID \*{5}678-5/);
    await person.check('chilean card saved');
    person.expectNoProblems();
  });
});
