import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { uniqueEmail } from '../helpers/unique-email.js';
import { runInBrowser } from './helpers/browser-suite.js';

describe('the customer page in a browser: sign-up to a verified card', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when a person registers, confirms email and mobile, gives details and picks a test card, then the card is saved, explained and first in charge order', async () => {
    const person = new Person(await browser.newPage(), 'signup');
    const email = uniqueEmail('ana');
    await person.open(`${app.url}/`);
    await person.heading('Create an account or sign in');
    await person.check('welcome');

    await person.field('Email').first().fill(email);
    await person.choose('Country where the account is registered', 'United States');
    await person.press('Create account');

    await person.heading('Step 1 of 4: confirm your email');
    await person.sees(`We emailed a 6-digit code to ${email}`);
    expect(await person.page.getByRole('listitem').filter({ hasText: '1. Email' }).innerText()).to.contain('(current)');
    await person.check('email step');
    await person.fill('Email code', '000000');
    await person.press('Confirm email');
    await person.sees('That code is not right. Check the latest code we sent, or ask for a new one.');
    expect(await person.focused()).to.equal('Email code');
    await person.check('email step, wrong code');
    await person.fill('Email code', await app.inbox.code(email, 1));
    await person.press('Confirm email');

    await person.heading('Step 2 of 4: confirm your mobile number');
    await person.sees('Your email is confirmed.');
    expect(await person.page.getByRole('listitem').filter({ hasText: '1. Email' }).innerText()).to.contain('(done)');
    await person.sees(/A mobile number in United States: for example .*\+1/);
    await person.fill('Mobile number (United States)', '+56 9 6123 4567');
    await person.press('Text me a code');
    await person.sees(/United States|region|country/i, person.page.locator('#mobile-send-form .error'));
    await person.check('mobile step, foreign number');
    await person.fill('Mobile number (United States)', '(201) 555-0123');
    await person.press('Text me a code');
    await person.sees('We texted a 6-digit code to (201) 555-0123.');
    await person.check('mobile code form');
    await person.fill('SMS code', await app.inbox.code('+12015550123', 1));
    await person.press('Confirm mobile number');

    await person.heading('Step 3 of 4: your details');
    await person.check('details step');
    await person.fill('Full name', 'Ana Rojas');
    await person.fill('Address', '1 Main St');
    await person.fill('City', 'Springfield');
    await person.choose('Industry', 'Software and IT services');
    await person.press('Save details');

    await person.heading('Step 4 of 4: add a card');
    await person.sees('To check the card we place a temporary hold of $1.00 on it.');
    expect(await person.field('Name on the card').inputValue()).to.equal('Ana Rojas');
    await person.check('card step');
    await person.choose('Card (simulator test cards)', /^Visa ending 4242: succeeds$/);
    await person.press('Save card');

    await person.heading('Billing');
    await person.sees(/Card saved: Visa ending 4242\. We placed a hold of \$1\.00 to check it/);
    const card = person.page.getByRole('listitem', { name: 'Visa ending 4242' });
    expect(await card.innerText()).to.contain('Default');
    await person.press('Manage Visa ending 4242');
    expect(await person.button('Delete: Visa ending 4242').isDisabled()).to.equal(true);
    await person.sees('This is your default card, so it cannot be deleted. Add another card and make it the default first.');
    await person.check('payment methods');

    await person.page.reload();
    await person.heading('Billing');
    await person.sees('Visa ending 4242');
    person.expectNoProblems();
  });
});

describe('the customer page in a browser: behind the rate limits', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started), { env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '2' } });

  it('when a person asks for sign-in codes too often, then the page says how long to wait, next to the form', async () => {
    const person = new Person(await browser.newPage(), 'rate-limited');
    await person.open(`${app.url}/`);
    const form = person.page.locator('#sign-in-request-form');
    await form.getByLabel('Email').fill(uniqueEmail('hasty'));
    for (let i = 0; i < 3; i += 1) await person.press('Email me a sign-in code');
    await person.sees(/Too many tries for now\. Wait \d+ seconds, then try again\./, form);
    expect(await person.button('Email me a sign-in code').isEnabled()).to.equal(true);
    await person.check('rate limited');
  });
});
