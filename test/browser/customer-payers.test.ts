import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { uniqueEmail } from '../helpers/unique-email.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

// The contract is docs/payers.md (and API.md "Payers"): seed 003's "select a payer, if you have
// multiple payers; the payment method field then displays only that payer's payment methods".
describe('the customer page in a browser: payers', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when a person adds a payer and its card, then the cards are grouped by payer, and a top-up asks for the payer first and offers only its cards', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'payers');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');

    await person.press('Add a payer');
    const form = person.page.locator('#payer-form');
    await form.getByLabel('Legal name').fill('Client Co');
    const receipts = uniqueEmail('client');
    await form.getByLabel('Email for receipts').fill(receipts);
    await form.getByLabel('Address').fill('5 Market St');
    await form.getByLabel('City').fill('Springfield');
    await person.check('add a payer');
    await person.act('Save payer');
    await person.sees('Client Co was added as a payer. Add a card for it below.');
    await person.heading('Ana Rojas (default payer)');
    await person.heading('Client Co');

    await person.press('Add a card for Client Co');
    await person.choose('Card (simulator test cards)', /^Mastercard ending 4444: succeeds$/);
    await person.press('Save card');
    await person.sees(/Card saved: Mastercard ending 4444\./);
    const clientCards = person.page.getByRole('list', { name: 'Client Co', exact: true });
    await person.seesExactly(clientCards.locator('.title').first(), 'Mastercard ending 4444Default');
    expect(await clientCards.innerText()).to.not.contain('Visa ending 4242');
    expect(await person.page.getByRole('list', { name: 'Ana Rojas (default payer)' }).innerText()).to.contain('Visa ending 4242').and.not.contain('Mastercard');
    await person.check('cards grouped by payer');

    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.heading('Your balance');
    expect(await person.field('Payer').locator('option:checked').innerText()).to.equal('Ana Rojas (default payer)');
    expect(await person.field('Pay with').locator('option').allInnerTexts()).to.deep.equal(['Visa ending 4242 (default)', 'A new card']);
    await person.choose('Payer', 'Client Co');
    expect(await person.field('Pay with').locator('option').allInnerTexts()).to.deep.equal(['Mastercard ending 4444 (default)', 'A new card']);
    await person.check('top-up for a payer');
    await person.page.getByLabel('$100.00', { exact: true }).check();
    await person.press('Review payment');
    await person.act('Pay $100.00');
    await person.sees(/Top-up TU-[\d ]+ is paid: \$100\.00\./);

    const topups = await callApi(app, 'GET', '/v1/topups', customer.token);
    const payers = await callApi(app, 'GET', '/v1/payers', customer.token);
    const client = payers.data.find((payer: { legal_name: string }) => payer.legal_name === 'Client Co');
    expect(topups.data[0]).to.include({ payer_id: client.id, status: 'paid' });
    expect(client.receipt_email).to.equal(receipts);
  });
});
